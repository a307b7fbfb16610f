/** Downloads of whole lists and records as files, made by the server, in Dutch. */
export const exportsNl = {
  exports: {
    label: 'Download',
    xlsx: 'Excel (xlsx)',
    csv: 'CSV (Nederlandse Excel)',
    json: 'JSON',
    partnership: {
      title: 'Download alles',
      intro:
        'Alles van dit partnerschap dat je mag inzien, per kwartaal: scores, antwoorden, onderbouwing en volgende stappen, signalen met hun verloop, reviews, acties en tijdlijnnotities. Excel heeft een tabblad per soort; JSON is voor andere software.',
    },
    audit: {
      title: 'Auditlog downloaden',
      from: 'Van',
      to: 'Tot en met',
      range: 'Kies een periode van hoogstens een jaar, met de einddatum niet vóór de begindatum.',
    },
  },
};
