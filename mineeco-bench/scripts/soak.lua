-- wrk script for soak.sh: 70% of requests cycle over the dense tiles (DENSE, cached after the
-- first minute), 30% walk the long list (MANY: every z10-14 patch tile of several layers, so most
-- are encoded for the first time); Accept-Encoding alternates between gzip and none.
local dense, many = {}, {}
for line in io.lines(os.getenv("DENSE")) do dense[#dense + 1] = line end
for line in io.lines(os.getenv("MANY")) do many[#many + 1] = line end
local d, m, n = math.random(#dense), math.random(#many), 0
request = function()
  n = n + 1
  local path
  if n % 10 < 7 then
    d = d % #dense + 1
    path = dense[d]
  else
    m = m % #many + 1
    path = many[m]
  end
  local headers = {}
  if n % 2 == 0 then headers["Accept-Encoding"] = "gzip" end
  return wrk.format("GET", path, headers)
end
