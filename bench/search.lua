-- Title searches as people type them: words, a typo, an accent-free spelling, a genre filter.
local queries = {
  "query=toy+story", "query=star+wars", "query=love", "query=matrx", "query=godfather",
  "query=amelie", "query=dark+knight", "query=alien&genre=Sci-Fi", "query=the&page=2",
  "genre=Comedy&year=1995", "query=lord+of+the+rings", "query=pulp",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/movies?" .. queries[(i % #queries) + 1])
end
