/** What each kind of tag is called, and what its index says about it. */
import type { TagKind } from "../../src/model/archive-model.ts";

export const KIND_LABELS: Record<TagKind, { plural: string; singular: string; introduction: string }> = {
  people: { plural: "People", singular: "Person", introduction: "Everyone the archive writes about." },
  events: { plural: "Events", singular: "Event", introduction: "Visits, meetings and occasions, newest first." },
  topics: { plural: "Topics", singular: "Topic", introduction: "The subjects the articles cover." },
  organisations: { plural: "Organisations", singular: "Organisation", introduction: "Companies, institutions and alliances in the news." },
  places: { plural: "Places", singular: "Place", introduction: "Cities, countries and seas the articles report from or about." },
  publishers: { plural: "Sources", singular: "Source", introduction: "The outlets whose articles the archive keeps." },
};
