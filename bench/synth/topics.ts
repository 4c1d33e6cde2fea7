/**
 * The thirty synthetic topics. Keywords are noun phrases that read naturally
 * in "talks also covered {keyword}"; no keyword contains another topic's, and
 * none occurs in the neutral text, the roles or the event names (a test checks
 * it), so an article carries exactly the topics it was written for.
 */
import { slugOf } from "./phrase.ts";

export interface SynthTopic {
  name: string;
  slug: string;
  description: string;
  keywords: string[];
}

// biome-ignore format: a table laid out by hand, a row on two lines
const TOPIC_DATA: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["Diplomacy", "Foreign relations, visits and partnerships between states.",
    ["foreign policy", "bilateral ties", "strategic partnership", "multilateral forums", "high-level exchanges", "political trust"]],
  ["Economy and trade", "Growth, trade flows and trade agreements.",
    ["two-way trade", "trade turnover", "export turnover", "free trade agreement", "economic growth", "import tariffs"]],
  ["Energy", "Electricity, power generation and energy security.",
    ["renewable energy", "power grid", "electricity supply", "wind power", "solar power", "energy security"]],
  ["Nuclear power", "Nuclear energy, research reactors and nuclear safety.",
    ["nuclear power", "nuclear energy", "nuclear safety", "research reactor", "radioactive waste"]],
  ["Oil and gas", "Exploration, production and trade of oil and gas.",
    ["oil and gas", "crude oil", "offshore drilling", "gas field", "petroleum exploration", "liquefied natural gas"]],
  ["Defence and security", "Armed forces, defence cooperation and public security.",
    ["defence cooperation", "national defence", "military technology", "border security", "armed forces", "maritime security"]],
  ["Education and training", "Schools, universities, scholarships and vocational training.",
    ["scholarship programmes", "vocational training", "higher education", "university students", "teacher training", "school curriculum"]],
  ["Science and technology", "Research, innovation and technology transfer.",
    ["scientific research", "high technology", "innovation centres", "research institutes", "technology transfer", "space research"]],
  ["Culture", "Arts, cultural exchanges and creative industries.",
    ["cultural exchanges", "art exhibition", "folk music", "traditional crafts", "film screenings", "performing arts"]],
  ["Tourism", "Travel, visitors and tourism promotion.",
    ["tourist arrivals", "international visitors", "travel agencies", "tourism promotion", "visa exemption", "resort towns"]],
  ["Healthcare", "Hospitals, public health and medicines.",
    ["public health", "hospitals", "medical equipment", "vaccination", "pharmaceuticals", "health insurance"]],
  ["Agriculture", "Farming, crops, livestock and farm produce.",
    ["agricultural products", "rice farming", "crop yields", "livestock", "coffee growers", "farm produce"]],
  ["Transport and infrastructure", "Roads, railways, seaports and urban transit.",
    ["expressway", "railway line", "seaport", "metro line", "road network", "bridge construction"]],
  ["Environment and climate", "Climate change, pollution and conservation.",
    ["climate change", "carbon emissions", "plastic waste", "air pollution", "forest protection", "net zero"]],
  ["Labour and employment", "Jobs, wages and workers' rights.",
    ["migrant workers", "minimum wage", "job creation", "labour market", "trade unions", "unemployment rate"]],
  ["Finance and banking", "Banks, budgets, credit and capital markets.",
    ["central bank", "interest rates", "credit growth", "state budget", "bond market", "bank deposits"]],
  ["Digital transformation", "E-government, the digital economy and artificial intelligence.",
    ["digital transformation", "e-government", "artificial intelligence", "digital economy", "online public services", "data centres"]],
  ["Sport", "Athletes, tournaments and sports federations.",
    ["gold medals", "national team", "athletes", "football", "sports federation", "tournament"]],
  ["Law and justice", "Legislation, courts and the legal system.",
    ["draft law", "legal framework", "court ruling", "judicial reform", "law enforcement", "legislation"]],
  ["Anti-corruption", "The fight against corruption, bribery and waste.",
    ["anti-corruption", "corruption cases", "bribery", "embezzlement", "disciplinary measures", "inspection team"]],
  ["Fisheries and the marine economy", "Fishing, aquaculture and the marine economy.",
    ["fishing vessels", "seafood exports", "illegal fishing", "aquaculture", "fishing grounds", "marine economy"]],
  ["Real estate and urban development", "Housing, urban planning and land.",
    ["housing projects", "social housing", "urban planning", "property market", "new urban areas", "land use rights"]],
  ["Social welfare", "Poverty reduction, social security and support for the vulnerable.",
    ["poor households", "social security", "welfare benefits", "disadvantaged children", "poverty reduction", "people with disabilities"]],
  ["Foreign investment", "Foreign direct investment, investors and industrial parks.",
    ["foreign direct investment", "FDI inflows", "investment licences", "industrial parks", "foreign investors", "investment projects"]],
  ["Industry and manufacturing", "Factories, supporting industries and industrial output.",
    ["manufacturing", "supporting industries", "factories", "industrial production", "automobile assembly", "steel output"]],
  ["Telecommunications", "Telecom networks, mobile services and broadband.",
    ["5G network", "telecom operators", "mobile subscribers", "broadband internet", "undersea cable", "satellite services"]],
  ["Aviation", "Airlines, airports and air routes.",
    ["airlines", "airport terminal", "direct flights", "passenger aircraft", "air routes", "flight frequency"]],
  ["Natural disasters", "Storms, floods, landslides and disaster relief.",
    ["landslides", "flash floods", "storm damage", "evacuation", "relief aid", "disaster prevention"]],
  ["Heritage", "Historical monuments, relic sites and their conservation.",
    ["world heritage", "relic sites", "UNESCO", "ancient citadel", "heritage conservation", "historical monuments"]],
  ["Press and media", "Journalism, news agencies and broadcasting.",
    ["journalists", "press agencies", "news outlets", "media cooperation", "broadcasting", "newsrooms"]],
];

/** Keywords that are a single countable thing and read better with "the". */
// biome-ignore format: a word list packed by hand
const SINGULAR = new Set([
  "free trade agreement", "power grid", "research reactor", "gas field", "school curriculum",
  "art exhibition", "railway line", "seaport", "expressway", "metro line", "road network",
  "labour market", "unemployment rate", "central bank", "bond market", "national team",
  "sports federation", "draft law", "legal framework", "court ruling", "inspection team",
  "property market", "5G network", "undersea cable", "airport terminal", "ancient citadel",
  "marine economy", "digital economy", "state budget", "minimum wage",
]);

/** The keyword as running text uses it: "the power grid", "renewable energy". */
export function keywordInText(keyword: string): string {
  return SINGULAR.has(keyword) ? `the ${keyword}` : keyword;
}

/** Topics in popularity order: index 0 is the most common. */
export function generateTopics(): SynthTopic[] {
  return TOPIC_DATA.map(([name, description, keywords]) => ({
    name,
    slug: slugOf(name),
    description,
    keywords: [...keywords],
  }));
}
