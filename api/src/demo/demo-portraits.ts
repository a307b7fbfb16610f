import type { TSizeBand } from '@koers/shared/network';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TExecutor } from '../db/types.ts';

type TDemoPortrait = {
  partnership: string;
  published: boolean;
  sizeBand: TSizeBand;
  description: string;
  themesNow: readonly TThemeNumber[];
  themesOffered: readonly TThemeNumber[];
};

/**
 * Network portraits of the demo: in every scenario each theme is offered by a published portrait, so a
 * weak theme anywhere meets a peer (Twente Leert's weak "Data en feedback" meets Rijnmond and Limburg
 * Leert in its own scenario A). Brabant-Zuidoost is still writing its portrait: a draft nobody else sees.
 */
const DEMO_PORTRAITS: readonly TDemoPortrait[] = [
  {
    partnership: 'Partnerschap Limburg Leert',
    published: true,
    sizeBand: 'medium',
    description:
      'Zes besturen en een pabo die al jaren samen opleiden. Wij bespreken elk kwartaal de cijfers van instroom en uitval met de schoolleiders.',
    themesNow: [2, 5],
    themesOffered: [1, 4, 5],
  },
  {
    partnership: 'Opleidingsschool Rijnmond',
    published: true,
    sizeBand: 'large',
    description:
      'Een stedelijke opleidingsschool met veel zij-instromers. Studenten en schoolopleiders evalueren elk blok samen; de uitkomsten sturen het programma bij.',
    themesNow: [1, 5],
    themesOffered: [2, 3, 4],
  },
  {
    partnership: 'Partnerschap Haaglanden Opleiden',
    published: true,
    sizeBand: 'medium',
    description:
      'Schoolleiders zitten in onze stuurgroep; de programmamanager heeft een helder mandaat van alle besturen.',
    themesNow: [3],
    themesOffered: [1, 2, 4],
  },
  {
    partnership: 'Samen Opleiden Waddenkust',
    published: true,
    sizeBand: 'small',
    description:
      'Kleine plattelandsscholen die leren in netwerken: intervisie tussen schoolopleiders en een gedeelde inductie voor starters.',
    themesNow: [4],
    themesOffered: [3, 5],
  },
  {
    partnership: 'Opleidingsschool Noorderlicht',
    published: true,
    sizeBand: 'large',
    description:
      'Samen leren als één huis: praktijkonderzoek door studenten, leraren en opleiders, met een datateam per school.',
    themesNow: [1],
    themesOffered: [3, 4, 5],
  },
  {
    partnership: 'Samen Opleiden Amstel-Oost',
    published: true,
    sizeBand: 'medium',
    description: 'Een gedeelde visie die elk jaar met alle partners wordt herijkt, en een vaste cyclus van overleg.',
    themesNow: [4, 5],
    themesOffered: [1, 2],
  },
  {
    partnership: 'Opleidingsschool Brabant-Zuidoost',
    published: false,
    sizeBand: 'medium',
    description: 'In concept: wij beschrijven nog wat we kunnen delen.',
    themesNow: [2],
    themesOffered: [2],
  },
];

/** The demo portraits, with each partnership's first programme manager as its contact. */
export async function seedDemoPortraits(
  trx: TExecutor,
  ids: { partnershipIds: ReadonlyMap<string, string>; managerIds: ReadonlyMap<string, { id: string }> },
): Promise<void> {
  for (const demo of DEMO_PORTRAITS) {
    const partnershipId = ids.partnershipIds.get(demo.partnership);
    const manager = ids.managerIds.get(demo.partnership);
    if (!partnershipId || !manager) throw new Error(`demo data: no partnership or manager for ${demo.partnership}`);
    await trx
      .insertInto('network_portrait')
      .values({
        partnership_id: partnershipId,
        description: demo.description,
        size_band: demo.sizeBand,
        themes_now: [...demo.themesNow],
        themes_offered: [...demo.themesOffered],
        contact_person_id: manager.id,
        published_at: demo.published ? new Date() : null,
        updated_by: manager.id,
      })
      .execute();
  }
}
