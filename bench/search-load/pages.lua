-- The search benchmark's 47 queries as search pages, for wrk (bench/README.md, "Search: a CPU profile
-- with native code"): each request takes the next page in turn, gzip accepted as a browser does.
--   wrk -t2 -c8 -d20s -s bench/search-load/pages.lua http://127.0.0.1:PORT
-- With "api" as the script's argument (wrk ... -s pages.lua URL -- api) the same queries go to the JSON API.
local pages = {
  "/en/library?q=protection",
  "/en/library?q=risk+analysis",
  "/en/library?q=early+warning",
  "/en/library?q=digital+security",
  "/en/library?q=community+radio",
  "/en/library?q=women+defenders",
  "/en/library?q=protecton",
  "/en/library?q=oaxaca",
  "/en/library?q=xylophone",
  "/en/library?type=guides-manuals&area=risk-analysis",
  "/en/library?q=security&type=training",
  "/en/library?q=mining&region=latin-america-caribbean",
  "/es/library?q=protecci%C3%B3n",
  "/es/library?q=proteccion",
  "/es/library?q=an%C3%A1lisis+de+riesgo",
  "/es/library?q=alerta+temprana",
  "/es/library?q=defensoras",
  "/es/library?q=radio+comunitaria",
  "/es/library?q=acompa%C3%B1amiento+jur%C3%ADdico",
  "/es/library?q=acompanamiento+juridico",
  "/es/library?q=comunidda",
  "/es/library?q=choco",
  "/es/library?q=territorio&area=remain-in-territory",
  "/fr/library?q=d%C3%A9fenseures",
  "/fr/library?q=defenseures",
  "/fr/library?q=s%C3%A9curit%C3%A9+num%C3%A9rique",
  "/fr/library?q=analyse+des+risques",
  "/fr/library?q=alerte+pr%C3%A9coce",
  "/fr/library?q=plaidoyer",
  "/fr/library?q=femmes&need=needed",
  "/fr/library?language=fr&type=videos-webinars",
  "/pt/library?q=prote%C3%A7%C3%A3o+coletiva",
  "/pt/library?q=protecao+coletiva",
  "/pt/library?q=amea%C3%A7as",
  "/pt/library?q=ameacas",
  "/pt/library?q=mulheres+defensoras",
  "/pt/library?q=territ%C3%B3rio",
  "/pt/library?q=r%C3%A1dio",
  "/pt/library?q=seguran%C3%A7a+digital&region=br",
  "/id/library?q=perlindungan",
  "/id/library?q=pembela",
  "/id/library?q=peringatan+dini",
  "/id/library?q=keamanan+digital",
  "/id/library?q=masyarakat+adat",
  "/id/library?q=perlindngan",
  "/id/library?q=hutan",
  "/id/library?region=south-eastern-asia&need=works",
}

local api = false
local i = 0

function init(args)
  api = (args[1] == "api")
end

local function api_path(page)
  local lang, query = page:match("^/(%a+)/library%?(.*)$")
  return "/api/v1/resources?" .. query .. "&lang=" .. lang
end

request = function()
  i = i + 1
  local page = pages[(i % #pages) + 1]
  return wrk.format("GET", api and api_path(page) or page, { ["Accept-Encoding"] = "gzip" })
end
