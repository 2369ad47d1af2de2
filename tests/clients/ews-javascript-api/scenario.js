// One ews-javascript-api scenario against ews-mock-server; prints one JSON line:
// {"ok": true, ...} or {"ok": false, "error": {...}}.
//
//   node scenario.js '{"port":N,"user":"carol","password":"service","version":"Exchange2013",
//                      "impersonate":"alice@example.com","itemId":"...","action":"saveCopy",
//                      "folderId":"..."}'
// action: saveCopy (SendAndSaveCopy()), send (Send()), saveCopyFolder (SendAndSaveCopy(folderId)),
//         bind (EmailMessage.Bind only)
const ews = require('ews-javascript-api');

function describe(error) {
  const out = { type: error && error.constructor ? error.constructor.name : typeof error, message: error && error.message };
  if (error && error.ErrorCode !== undefined) out.errorCode = ews.ServiceError[error.ErrorCode];
  if (error && error.ResponseCode !== undefined) out.responseCode = ews.ServiceError[error.ResponseCode];
  if (error && error.LineNumber !== undefined) out.lineNumber = error.LineNumber;
  if (error && error.PositionWithinLine !== undefined) out.position = error.PositionWithinLine;
  if (error && error.HttpStatusCode !== undefined) out.httpStatus = error.HttpStatusCode;
  return out;
}

async function main() {
  const options = JSON.parse(process.argv[2]);
  const service = new ews.ExchangeService(ews.ExchangeVersion[options.version]);
  service.Credentials = new ews.WebCredentials(options.user, options.password);
  service.Url = new ews.Uri(`http://127.0.0.1:${options.port}/EWS/Exchange.asmx`);
  if (options.impersonate) {
    service.ImpersonatedUserId = new ews.ImpersonatedUserId(ews.ConnectingIdType.SmtpAddress, options.impersonate);
  }
  try {
    const message = await ews.EmailMessage.Bind(service, new ews.ItemId(options.itemId));
    const result = { ok: true, subject: message.Subject, changeKey: message.Id.ChangeKey };
    if (options.action === 'saveCopy') await message.SendAndSaveCopy();
    else if (options.action === 'send') await message.Send();
    else if (options.action === 'saveCopyFolder') await message.SendAndSaveCopy(new ews.FolderId(options.folderId));
    console.log(JSON.stringify(result));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, error: describe(error) }));
  }
}

main();
