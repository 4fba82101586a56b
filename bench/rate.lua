-- Rating writes (create or replace) by four users over the 200 most rated movies; `tokens` and
-- `movies` are prepended by bench/web-load.
local values = { "0.5", "1.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0" }
local i = 0
request = function()
  i = i + 1
  local movie = movies[math.random(#movies)]
  local headers = {
    ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1],
    ["Content-Type"] = "application/json",
  }
  return wrk.format("PUT", "/api/me/ratings/" .. movie, headers,
    '{"rating":' .. values[math.random(#values)] .. '}')
end
