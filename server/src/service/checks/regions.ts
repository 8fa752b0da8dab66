import { countryData } from '../../data';
import { TermMatcher } from './terms';
import type { PolicyDocument } from '../document/model';

const regions = Object.entries((countryData as unknown as { regions?: Record<string, { country: string; hints: string[] }> }).regions ?? {})
  .map(([name, region]) => ({ name, country: region.country, matcher: new TermMatcher(region.hints) }));

/** The regions with their own authority that the text mentions (e.g. Åland, whose authority is still "Datainspektionen"). */
export function mentionedRegions(doc: PolicyDocument): Set<string> {
  return new Set(regions.filter((r) => r.matcher.findIn(doc).length > 0).map((r) => r.name));
}
