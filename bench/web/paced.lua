-- wrk script: paces each connection so the whole run holds a fixed request rate (Debian's wrk has no -R).
-- RATE (requests/s over all connections) and CONNECTIONS come from the environment; PATHS is a space-separated
-- list of URLs to rotate through. Each connection waits 1000*CONNECTIONS/RATE ms between its requests.
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "10")
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local i = 0

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function delay()
  return math.floor(1000 * connections / rate)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.0f req/s, errors %d, non-2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
