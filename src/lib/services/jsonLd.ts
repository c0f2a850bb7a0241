// Builds schema.org JSON-LD for a service body from its record. Government bodies are GovernmentOffice,
// others Organization; contact fields appear only when the record has them (with a source).
import type { ServiceRecord } from '../schemas/service.ts';

const GOVERNMENT_KINDS = new Set([
  'protection-centre',
  'trademark-window',
  'brand-guidance',
  'rights-assistance',
  'hotline',
  'overseas-guidance',
]);

export interface JsonLdInput {
  name: string;
  description: string;
  /** The service page's absolute address; left out when the build has no SITE_URL. */
  url?: string;
  kind: ServiceRecord['kind'];
  contact: ServiceRecord['contact'];
}

export function serviceJsonLd({ name, description, url, kind, contact }: JsonLdInput): Record<string, unknown> {
  const json: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': GOVERNMENT_KINDS.has(kind) ? 'GovernmentOffice' : 'Organization',
    name,
    description,
    ...(url && { url }),
  };
  if (contact.address) json.address = { '@type': 'PostalAddress', streetAddress: contact.address.value };
  if (contact.phone) json.telephone = contact.phone.value;
  if (contact.email) json.email = contact.email.value;
  if (contact.website) json.sameAs = contact.website.value;
  if (contact.hours) json.openingHours = contact.hours.value;
  if (contact.phone || contact.email) {
    json.contactPoint = {
      '@type': 'ContactPoint',
      contactType: 'customer support',
      ...(contact.phone && { telephone: contact.phone.value }),
      ...(contact.email && { email: contact.email.value }),
    };
  }
  return json;
}
