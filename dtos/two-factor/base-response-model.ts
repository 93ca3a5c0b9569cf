/**
 * Seed 001's response model (PartnerApi.Models, XmlSerializer XML). `_links` is declared on the
 * base class LinkedModel: that is what makes Json.NET write it after StatusMessage (derived
 * first) and XmlSerializer before it (base first), exactly as the seed shows.
 */
import { Dto, List, Member } from '../../src/index.js';

const NS = 'PartnerApi.Models';

@Dto({ namespace: NS, dialect: 'aspnet', xml: 'XmlSerializer', description: 'A hypermedia link to a possible next action.' })
export class Link {
  @Member('string', { description: 'The relation of the linked action to this resource.' })
  rel: string | null = null;
  @Member('string', { description: 'Where to send the request.' })
  href: string | null = null;
  @Member('string', { description: 'The HTTP method to use.' })
  method: string | null = null;
  @Member('string', { description: 'A human-readable description of the action.' })
  title: string | null = null;

  static to(rel: string, href: string, method: string, title: string): Link {
    return Object.assign(new Link(), { rel, href, method, title });
  }
}

@Dto({ namespace: NS, dialect: 'aspnet', xml: 'XmlSerializer' })
export class LinkedModel {
  @Member(List(() => Link), { description: 'Hypermedia links. Contains contextual links to possible next actions related to this resource. Only present in responses. This data is not to be sent to the server.' })
  _links: Link[] | null = null;
}

@Dto({ namespace: NS, dialect: 'aspnet', xml: 'XmlSerializer' })
export class BaseResponseModel extends LinkedModel {
  @Member('string', { description: 'Status message from the response (if any).' })
  StatusMessage: string | null = null;
}
