import { authorityData } from '../../data';
import { findEntities } from '../text/entities';
import type { ReadDocument } from '../requirements/analysis';

/**
 * Facts a fix reuses instead of a placeholder: the controller's name, e-mail address, postal address,
 * registration number and supervisory authority, read from the document itself.
 */
export type Facts = Partial<Record<'controller' | 'email' | 'address' | 'registration' | 'authority', string>>;

const COMPANY = /(?:\p{Lu}[\p{L}\d&.'’-]*\s){0,4}\p{Lu}[\p{L}\d&.'’-]*\s(?:AB|ApS|A\/S|AS|ASA|Oy|Oyj|GmbH|AG|SAS|SARL|SA|Ltd|Limited|LLC|Inc\.?|plc|BV|NV)(?![\p{L}\d])/u;
const REGISTRATION = /(?:org\.?\s?nr\.?|organisationsnummer|organisasjonsnummer|CVR(?:-nr\.?)?|Y-tunnus|HRB|SIRE[NT]|company (?:number|no\.?))[:\s]{0,3}([A-Z]{0,2}\s?\d[\d\s-]{4,14}\d)/iu;

export function extractFacts(read: ReadDocument, country: string | null): Facts {
  const facts: Facts = {};
  const view = read.doc.view;
  const head = view.length > 400_000 ? view.slice(0, 400_000) : view;
  const emails = findEntities(head, 0, head.length).filter((e) => e.kind === '#email');
  const privacy = emails.find((e) => /privacy|dpo|gdpr|data|integritet|persondata|personvern|tietosuoja|datenschutz|rgpd|dpd/i.test(e.text));
  if (emails.length) facts.email = (privacy ?? emails[0]).text;
  const company = COMPANY.exec(head);
  if (company) facts.controller = company[0].trim();
  const registration = REGISTRATION.exec(head);
  if (registration) facts.registration = registration[1].trim();
  // Where each region has its own authority (the German Länder), the national one is usually not competent.
  const regional = country ? authorityData.authorities.filter((a) => a.country === country && a.region).length > 1 : false;
  if (country && !regional) {
    const authority = authorityData.authorities.find((a) => a.country === country && !a.region);
    if (authority) {
      const name = authority.names[read.language] ?? Object.values(authority.names)[0];
      facts.authority = `${name}${authority.abbreviations[0] ? ` (${authority.abbreviations[0]})` : ''}, ${authority.website}`;
    }
  }
  return facts;
}
