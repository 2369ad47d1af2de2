"""ews-mock-server end to end: the seed, every SendItem rule, the seed's delegate cases
(documented and intended), impersonation, refusals that leave the state unchanged, and
every response body re-validated strictly."""

import http.client
import json
import os
import pathlib
import subprocess
import unittest
import xml.etree.ElementTree as ET

from mock_server import (E, M, SOAP, T, MockServer, b64, body_element, canonical, fault, folder_items, item,
                         item_messages, messages, operation, request)

DATA = pathlib.Path(os.environ["EWS_DATA_DIR"])
SEED = pathlib.Path(os.environ["EWS_SEED_DIR"])

SEED_ID, SEED_CK = "AAAtAEF=", "CQAAABY+T"
ALICE_2, ALICE_2_CK = b64("alice:item:2"), b64("alice:ck:2")
ALICE_NO_RECIPIENTS, ALICE_NO_RECIPIENTS_CK = b64("alice:item:4"), b64("alice:ck:4")
BOB_DRAFT, BOB_DRAFT_CK = b64("bob:item:1"), b64("bob:ck:1")
ALICE_PROJECTS = b64("alice:folder:projects")
SUCCESS = ("Success", "NoError", None)


class MockServerCase(unittest.TestCase):
    server_args = ()

    def setUp(self):
        self.server = MockServer(*self.server_args)
        self.initial = self.server.state()

    def tearDown(self):
        code, output, count = self.server.validate_responses()
        self.server.cleanup()
        if count:
            self.assertEqual(code, 0, f"a response of the mock failed strict validation:\n{output}")

    def send(self, *args, user="alice"):
        status, body, _ = self.server.post(request(*args), user=user)
        self.assertEqual(status, 200, body)
        # Every answer carries ServerVersionInfo.
        self.assertIsNotNone(ET.fromstring(body).find(f"{SOAP}Header/{T}ServerVersionInfo"))
        return messages(body)

    def assertUnchanged(self):
        self.assertEqual(self.server.state(), self.initial)
        self.assertEqual(self.server.sent(), [])


class Seed(MockServerCase):
    def test_seed_request_gets_the_seed_success_response(self):
        status, body, headers = self.server.post((SEED / "senditem-request.xml").read_text())
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/xml"))
        expected = body_element((SEED / "senditem-response-success.xml").read_text())
        self.assertEqual(canonical(body_element(body)), canonical(expected))

    def test_seed_bad_id_request_gets_exactly_the_seed_error_response(self):
        status, body, _ = self.server.post((SEED / "senditem-request-bad-id.xml").read_text())
        self.assertEqual(status, 200)
        expected = body_element((SEED / "senditem-response-error.xml").read_text())
        self.assertEqual(canonical(body_element(body)), canonical(expected))
        self.assertEqual(messages(body), [("Error", "ErrorInvalidIdMalformed", "Id is malformed.")])
        self.assertUnchanged()


class ItemRules(MockServerCase):
    def test_outcomes_are_per_item_in_order(self):
        result = self.send("--item", f"{SEED_ID}:{SEED_CK}", "--item", f"{b64('nothing')}:x", "--item", "%Bad%",
                           "--item", f"{ALICE_NO_RECIPIENTS}:{ALICE_NO_RECIPIENTS_CK}")
        self.assertEqual([code for _, code, _ in result],
                         ["NoError", "ErrorItemNotFound", "ErrorInvalidIdMalformed", "ErrorMissingRecipients"])
        self.assertEqual(result[1], ("Error", "ErrorItemNotFound", "The specified object was not found in the store."))
        self.assertEqual([m["itemId"] for m in self.server.sent()], [SEED_ID])

    def test_change_key_missing_empty_or_old_is_stale(self):
        for change_key in (None, "", "AQAAAA=="):
            item_arg = ALICE_2 if change_key is None else f"{ALICE_2}:{change_key}"
            self.assertEqual(self.send("--item", item_arg)[0][1], "ErrorStaleObject", change_key)
        self.assertUnchanged()

    def test_no_rights_on_the_mailbox_is_access_denied(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", user="dave"),
                         [("Error", "ErrorAccessDenied", "Access is denied. Check credentials and try again.")])
        self.assertUnchanged()

    def test_no_save_with_a_folder_is_invalid_save_settings_for_every_item(self):
        status, body, _ = self.server.post((DATA / "invalid" / "semantic-no-save-with-folder.xml").read_text())
        self.assertEqual(status, 200)
        self.assertEqual([code for _, code, _ in messages(body)], ["ErrorInvalidSendItemSaveSettings"])
        self.assertUnchanged()


class SavedCopies(MockServerCase):
    def test_default_copy_goes_to_the_acting_users_sent_items_and_the_draft_leaves_drafts(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}"), [SUCCESS])
        state = self.server.state()
        self.assertNotIn(SEED_ID, folder_items(state, "alice@example.com", "drafts"))
        sent, = self.server.sent()
        self.assertEqual(sent["copy"]["mailbox"], "alice@example.com")
        self.assertEqual(sent["copy"]["folderName"], "sentitems")
        self.assertEqual(folder_items(state, "alice@example.com", "sentitems"), [sent["copy"]["itemId"]])
        self.assertEqual((sent["actingUser"], sent["sender"], sent["subject"], sent["recipients"]),
                         ("alice", "alice@example.com", "Quarterly report", ["carol@example.com"]))

    def test_no_save_sends_and_keeps_no_copy(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--no-save"), [SUCCESS])
        self.assertEqual(item(self.server.state(), SEED_ID), (None, None))
        self.assertIsNone(self.server.sent()[0]["copy"])
        self.assertEqual(folder_items(self.server.state(), "alice@example.com", "sentitems"), [])

    def test_folder_id_copy_goes_to_that_folder(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--save-to", ALICE_PROJECTS), [SUCCESS])
        copy = self.server.sent()[0]["copy"]
        self.assertEqual((copy["mailbox"], copy["folder"]), ("alice@example.com", ALICE_PROJECTS))
        self.assertIn(copy["itemId"], folder_items(self.server.state(), "alice@example.com", "Projects"))

    def test_unknown_folder_is_folder_not_found(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--save-to", b64("no-such-folder"))[0][1],
                         "ErrorFolderNotFound")
        self.assertUnchanged()

    def test_distinguished_folder_of_a_named_mailbox(self):
        # Bob is Alice's delegate: he may save into her Drafts.
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--save-to", "drafts", "--mailbox",
                                   "alice@example.com", user="bob"), [SUCCESS])
        copy = self.server.sent()[0]["copy"]
        self.assertEqual((copy["mailbox"], copy["folderName"]), ("alice@example.com", "drafts"))

    def test_a_folder_of_a_mailbox_without_rights_is_access_denied(self):
        self.assertEqual(self.send("--item", f"{BOB_DRAFT}:{BOB_DRAFT_CK}", "--save-to", "sentitems", "--mailbox",
                                   "dave@example.com", user="bob")[0][1], "ErrorAccessDenied")


class DocumentedDelegateCases(MockServerCase):
    """The two notes on Microsoft's SendItem page, reproduced (the default)."""

    def test_principals_draft_saved_to_sentitems_without_mailbox_stays_in_drafts(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--save-to", "sentitems", user="bob"),
                         [SUCCESS])
        state = self.server.state()
        self.assertIn(SEED_ID, folder_items(state, "alice@example.com", "drafts"))
        self.assertEqual(folder_items(state, "alice@example.com", "sentitems"), [])
        self.assertEqual(folder_items(state, "bob@example.com", "sentitems"), [])
        sent, = self.server.sent()
        self.assertIsNone(sent["copy"])
        self.assertEqual(sent["quirk"], "delegate-principal-draft-without-mailbox")
        self.assertEqual((sent["actingUser"], sent["sender"]), ("bob", "alice@example.com"))

    def test_principals_draft_with_the_principals_mailbox_named_goes_to_her_sent_items(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--mailbox", "alice@example.com", user="bob"),
                         [SUCCESS])
        state = self.server.state()
        self.assertNotIn(SEED_ID, folder_items(state, "alice@example.com", "drafts"))
        copy = self.server.sent()[0]["copy"]
        self.assertEqual(folder_items(state, "alice@example.com", "sentitems"), [copy["itemId"]])

    def test_delegates_own_draft_saved_to_principals_sent_items_goes_nowhere(self):
        self.assertEqual(self.send("--item", f"{BOB_DRAFT}:{BOB_DRAFT_CK}", "--mailbox", "alice@example.com",
                                   user="bob"), [SUCCESS])
        state = self.server.state()
        self.assertIn(BOB_DRAFT, folder_items(state, "bob@example.com", "drafts"))
        self.assertEqual(folder_items(state, "alice@example.com", "sentitems"), [])
        self.assertEqual(folder_items(state, "bob@example.com", "sentitems"), [])
        sent, = self.server.sent()
        self.assertIsNone(sent["copy"])
        self.assertEqual(sent["quirk"], "delegate-own-draft-to-principal-folder")


class IntendedDelegateBehaviour(MockServerCase):
    server_args = ("--intended-behaviour",)

    def test_principals_draft_saved_to_sentitems_goes_to_her_sent_items(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--save-to", "sentitems", user="bob"),
                         [SUCCESS])
        state = self.server.state()
        self.assertNotIn(SEED_ID, folder_items(state, "alice@example.com", "drafts"))
        self.assertEqual(len(folder_items(state, "alice@example.com", "sentitems")), 1)
        self.assertNotIn("quirk", self.server.sent()[0])

    def test_delegates_own_draft_goes_to_principals_sent_items(self):
        self.assertEqual(self.send("--item", f"{BOB_DRAFT}:{BOB_DRAFT_CK}", "--mailbox", "alice@example.com",
                                   user="bob"), [SUCCESS])
        state = self.server.state()
        self.assertNotIn(BOB_DRAFT, folder_items(state, "bob@example.com", "drafts"))
        self.assertEqual(folder_items(state, "alice@example.com", "sentitems"),
                         [self.server.sent()[0]["copy"]["itemId"]])


class Impersonation(MockServerCase):
    def test_a_service_account_acts_as_the_named_user(self):
        for who in ("smtp:alice@example.com", "primary:alice@example.com", "upn:alice", "sid:S-1-5-21-1000"):
            self.assertEqual(self.send("--item", f"{ALICE_2}:{ALICE_2_CK}", "--no-save", "--impersonate", who,
                                       user="carol")[0][1], "ErrorItemNotFound" if who != "smtp:alice@example.com"
                             else "NoError", who)
        sent, = self.server.sent()
        self.assertEqual((sent["actingUser"], sent["actingMailbox"]), ("alice", "alice@example.com"))

    def test_impersonation_copies_go_to_the_impersonated_users_sent_items(self):
        self.assertEqual(self.send("--item", f"{SEED_ID}:{SEED_CK}", "--impersonate", "sid:S-1-5-21-1000",
                                   user="carol"), [SUCCESS])
        self.assertEqual(self.server.sent()[0]["copy"]["mailbox"], "alice@example.com")

    def test_without_the_right_it_is_impersonate_user_denied(self):
        status, body, _ = self.server.post(request("--item", f"{SEED_ID}:{SEED_CK}", "--impersonate",
                                                   "smtp:alice@example.com"), user="bob")
        self.assertEqual(status, 500)
        self.assertEqual(fault(body), ("a:ErrorImpersonateUserDenied", "ErrorImpersonateUserDenied"))
        self.assertUnchanged()

    def test_an_unknown_user_is_non_existent_mailbox(self):
        status, body, _ = self.server.post(request("--item", f"{SEED_ID}:{SEED_CK}", "--impersonate",
                                                   "smtp:nobody@example.com"), user="carol")
        self.assertEqual((status, fault(body)[1]), (500, "ErrorNonExistentMailbox"))
        self.assertUnchanged()


class Refusals(MockServerCase):
    def test_invalid_xml_is_the_schema_validation_fault_with_its_position(self):
        status, body, _ = self.server.post((DATA / "invalid" / "schema-itemid-without-id.xml").read_text())
        self.assertEqual(status, 500)
        self.assertEqual(fault(body), ("a:ErrorSchemaValidation", "ErrorSchemaValidation"))
        self.assertIn("<t:LineNumber>8</t:LineNumber><t:LinePosition>42</t:LinePosition>", body)
        status, body, _ = self.server.post((DATA / "invalid" / "not-well-formed-truncated.xml").read_text())
        self.assertEqual((status, fault(body)[1]), (500, "ErrorSchemaValidation"))
        self.assertUnchanged()

    def test_a_doctype_bomb_is_refused(self):
        status, body, _ = self.server.post((DATA / "invalid" / "forbidden-doctype-billion-laughs.xml").read_text())
        self.assertEqual((status, fault(body)[1]), (500, "ErrorSchemaValidation"))
        self.assertIn("DOCTYPE is not allowed", body)
        self.assertUnchanged()

    def test_a_50_mb_body_is_refused_before_it_is_read(self):
        payload = b"<" + b"a" * (50 * 1024 * 1024)
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)
        headers = {"Authorization": "Basic " + b64("alice:wonderland"), "Content-Type": "text/xml"}
        try:
            connection.request("POST", "/EWS/Exchange.asmx", body=payload, headers=headers)
            response = connection.getresponse()
            status = response.status
        except (BrokenPipeError, ConnectionResetError):
            status = "connection closed"  # the server answered and closed before we finished writing
        self.assertIn(status, (413, "connection closed"))
        self.assertUnchanged()
        log = (self.server.dir / "access.log").read_text()
        self.assertIn('" 413 ', log)

    def test_a_wrong_password_is_401_and_nothing_is_processed(self):
        status, body, headers = self.server.post((SEED / "senditem-request.xml").read_text(), password="guess",
                                                 keep=False)
        self.assertEqual(status, 401)
        self.assertEqual(headers["WWW-Authenticate"], 'Basic realm="ewsxsd"')
        status, _, _ = self.server.post((SEED / "senditem-request.xml").read_text(), user=None, keep=False)
        self.assertEqual(status, 401)
        self.assertUnchanged()

    def test_an_unknown_server_version_is_invalid_server_version(self):
        status, body, _ = self.server.post((DATA / "invalid" / "schema-unknown-server-version.xml").read_text())
        self.assertEqual((status, fault(body)[1]), (500, "ErrorInvalidServerVersion"))
        self.assertUnchanged()

    def test_another_operation_is_invalid_request(self):
        status, body, _ = self.server.post((DATA / "invalid" / "wrong-operation-deleteitem.xml").read_text())
        self.assertEqual((status, fault(body)[1]), (500, "ErrorInvalidRequest"))
        self.assertUnchanged()


class Operation(MockServerCase):
    def test_state_is_saved_on_sigterm_and_can_be_restored(self):
        self.send("--item", f"{SEED_ID}:{SEED_CK}")
        before = self.server.state()
        self.assertEqual(self.server.stop(), 0)
        restarted = MockServer(config=self.server.saved_state)
        try:
            self.assertEqual(restarted.state(), before)
        finally:
            restarted.cleanup()

    def test_keep_alive_serves_many_requests_on_one_connection(self):
        for _ in range(5):
            self.send("--item", f"{b64('missing')}:x")
        self.assertEqual(len((self.server.dir / "access.log").read_text().splitlines()), 5 + 1)  # + initial /_state


class StateEndpoint(MockServerCase):
    """GET /_state: for the configuration's administrators, without secrets, on loopback names."""

    def get_state(self, authorization=None, host=None):
        headers = {"Authorization": authorization} if authorization else {}
        if host:
            headers["Host"] = host
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            connection.request("GET", "/_state", headers=headers)
            response = connection.getresponse()
            return response.status, response.read(), dict(response.getheaders())
        finally:
            connection.close()

    def test_no_credentials_a_user_or_a_wrong_password_get_401(self):
        for authorization in (None, "Basic " + b64("alice:wonderland"), "Basic " + b64("admin:guess"),
                              "Bearer " + b64("admin:keys")):
            status, _, headers = self.get_state(authorization)
            self.assertEqual(status, 401, authorization)
            self.assertEqual(headers["WWW-Authenticate"], 'Basic realm="ewsxsd state"')

    def test_an_administrator_gets_the_world_without_passwords(self):
        status, body, headers = self.get_state("basic " + b64("admin:keys"))
        self.assertEqual((status, headers["Content-Type"]), (200, "application/json"))
        state = json.loads(body)
        self.assertEqual([u["name"] for u in state["users"]], ["alice", "bob", "carol", "dave"])
        self.assertNotIn(b"wonderland", body)
        self.assertNotIn(b"password", body)
        self.assertNotIn("administrators", state)

    def test_only_for_loopback_names(self):
        admin = "Basic " + b64("admin:keys")
        status, body, _ = self.get_state(admin, host=f"attacker.example:{self.server.port}")
        self.assertEqual(status, 421, body)
        self.assertNotIn(b"mailboxes", body)
        for host in (f"localhost:{self.server.port}", f"[::1]:{self.server.port}"):
            self.assertEqual(self.get_state(admin, host=host)[0], 200, host)

    def test_the_saved_state_keeps_the_secrets_for_the_next_run(self):
        self.assertEqual(self.server.stop(), 0)
        saved = json.loads(self.server.saved_state.read_text())
        self.assertEqual(saved["users"][0]["password"], "wonderland")
        self.assertEqual(self.server.saved_state.stat().st_mode & 0o777, 0o600)  # for the server's user only
        self.assertEqual(saved["administrators"], [{"name": "admin", "password": "keys"}])


class Batches(MockServerCase):
    """A request may name at most --max-batch items; the world is locked one item at a time."""

    server_args = ("--max-batch", "3")

    def test_a_request_over_the_limit_is_refused_whole(self):
        ids = [f"{SEED_ID}:{SEED_CK}", f"{ALICE_2}:{ALICE_2_CK}", f"{b64('a')}:x", f"{b64('b')}:x"]
        status, body, _ = self.server.post(request(*[arg for i in ids for arg in ("--item", i)]))
        self.assertEqual((status, fault(body)[1]), (500, "ErrorInvalidRequest"))
        self.assertIn("The request names 4 items; this server processes at most 3 in one request.", body)
        self.assertUnchanged()

    def test_a_request_at_the_limit_is_processed(self):
        ids = [f"{SEED_ID}:{SEED_CK}", f"{b64('a')}:x", f"{ALICE_2}:{ALICE_2_CK}"]
        self.assertEqual([m[1] for m in self.send(*[arg for i in ids for arg in ("--item", i)])],
                         ["NoError", "ErrorItemNotFound", "NoError"])
        self.assertEqual(len(self.server.sent()), 2)


class CreateItemSends(MockServerCase):
    """CreateItem with SendOnly or SendAndSaveCopy, the way Thunderbird and Evolution send."""

    def create(self, name):
        status, body, _ = self.server.post(operation(name))
        self.assertEqual(status, 200, body)
        return item_messages(body, "CreateItemResponseMessage")

    def test_a_message_without_recipients_is_invalid_recipients_and_not_sent(self):
        self.assertEqual(self.create("createitem-send-only-no-recipients"), [("Error", "ErrorInvalidRecipients", [])])
        self.assertUnchanged()

    def test_its_transport_log_line_has_every_field_of_send_items(self):
        self.send("--item", f"{SEED_ID}:{SEED_CK}")
        self.assertEqual(self.create("createitem-send-and-save-copy"), [("Success", "NoError", [])])
        by_send_item, by_create_item = self.server.sent()
        self.assertEqual(sorted(by_create_item), sorted(by_send_item))
        self.assertEqual(sorted(by_create_item["copy"]), sorted(by_send_item["copy"]))
        self.assertEqual((by_send_item["via"], by_create_item["via"]), ("SendItem", "CreateItem"))
        self.assertRegex(by_create_item["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual((by_create_item["copy"]["mailbox"], by_create_item["copy"]["folderName"]),
                         ("alice@example.com", "sentitems"))
        self.assertEqual((by_create_item["subject"], by_create_item["recipients"]), ("Lunch on Friday", ["dave@example.com"]))

    def get(self, item_id):
        status, body, _ = self.server.post(operation("getitem", **{"0": item_id}))
        self.assertEqual(status, 200, body)
        return item_messages(body, "GetItemResponseMessage")

    def test_sent_copies_are_not_drafts(self):
        self.assertEqual(self.get(SEED_ID), [("Success", "NoError", [(SEED_ID, "true")])])
        self.send("--item", f"{SEED_ID}:{SEED_CK}")
        self.create("createitem-send-and-save-copy")
        for sent in self.server.sent():
            copy = sent["copy"]["itemId"]
            self.assertEqual(self.get(copy), [("Success", "NoError", [(copy, "false")])], sent["via"])


if __name__ == "__main__":
    unittest.main()
