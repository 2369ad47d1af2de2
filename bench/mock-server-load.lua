-- wrk script: POST one SendItem request over keep-alive connections as alice.
-- The request body comes from the file named by EWS_BODY.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["Authorization"] = "Basic YWxpY2U6d29uZGVybGFuZA=="  -- alice:wonderland
local file = assert(io.open(os.getenv("EWS_BODY"), "rb"))
wrk.body = file:read("*a")
file:close()

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p99: %.2f ms\n", latency:percentile(50) / 1000,
                         latency:percentile(99) / 1000))
  io.write(string.format("non-2xx/3xx: %d  socket errors: %d\n", summary.errors.status,
                         summary.errors.connect + summary.errors.read + summary.errors.write +
                         summary.errors.timeout))
end
