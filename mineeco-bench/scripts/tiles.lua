-- wrk script: requests /patches/{z}/{x}/{y}.mvt for the z/x/y lines of the file named by the
-- TILES environment variable, each thread starting at its own offset and cycling.
local paths = {}
for line in io.lines(os.getenv("TILES")) do
  paths[#paths + 1] = "/patches/" .. line .. ".mvt"
end
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "gzip" })
end
