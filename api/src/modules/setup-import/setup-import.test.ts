import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiError } from '@koers/shared/api-error';
import { SPREADSHEET_MAX_BYTES } from '@koers/shared/spreadsheet-upload';
import { ZSetupImportResult } from '@koers/shared/setup-import';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { asApplication, buildTestApp, createTestDatabase } from '../../../test/test-app.ts';

const PEOPLE_HEADER = ['name', 'email', 'role', 'partnerships', 'organisation'];
const PEOPLE = [
  ['Ilse Hoekstra-Müller', 'ilse@hoekstra.test', 'programmamanager', 'Samen Opleiden Eemland', ''],
  ['Joëlle Dijkstra', 'joelle@dijkstra.test', 'critical friend', 'Samen Opleiden Eemland', ''],
  ['Sjaak Brouwer', 'sjaak@brouwer.test', 'bestuurder', '', 'Stichting Eemscholen'],
];

/** A CSV as a spreadsheet program saves it: every cell quoted where it needs to be. */
const csvOf = (rows: string[][], separator: string) =>
  rows
    .map((row) => row.map((cell) => (/[;,"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator))
    .join('\r\n');

/** Windows-1252 bytes of text that only holds its characters (Latin letters with accents, as here). */
function windows1252(text: string): Buffer {
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`${char} is not in this test's Windows-1252`);
    return code;
  });
  return Buffer.from(bytes);
}

async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const SETUP_SHEETS = {
  organisaties: [
    ['naam', 'soort', 'bestuur'],
    ['Hogeschool Eemland', 'opleiding', ''],
    ['Stichting Eemscholen', 'schoolbestuur', ''],
    ['OBS De Eem', 'school', 'Stichting Eemscholen'],
  ],
  partnerschappen: [
    ['naam', 'regio', 'sector', 'scenario', 'leden'],
    ['Samen Opleiden Eemland', 'Amersfoort', 'po', 'B', 'Hogeschool Eemland; Stichting Eemscholen; OBS De Eem'],
  ],
};

describe('setting Koers up from a spreadsheet', () => {
  let app: FastifyInstance;
  let owner: pg.Client;
  let admin: TestClient;

  beforeAll(async () => {
    const database = await createTestDatabase();
    app = await buildTestApp({ connectionString: asApplication(database) });
    owner = new pg.Client({ connectionString: database });
    await owner.connect();
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });
  afterAll(async () => {
    await owner.end();
    await app.close();
  });

  const upload = (client: TestClient, file: Buffer, dryRun: boolean) =>
    client.inject({ method: 'POST', url: '/api/setup-imports', payload: { file: file.toString('base64'), dryRun } });
  const dryRun = async (file: Buffer) => ZSetupImportResult.parse((await upload(admin, file, true)).json());

  const TABLES = ['organisation', 'partnership', 'partnership_member', 'person', 'role_assignment', 'outgoing_email'];
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(app.db);
          return [table, Number(rows[0]?.n)] as const;
        }),
      ),
    );
  const queuedJobs = async () =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-email'`.execute(app.db)
      ).rows[0]?.n,
    );

  it('reads the same people list alike as Windows-1252 with semicolons and as UTF-8 with commas', async () => {
    // The places these people work in are in Koers already.
    const { id: boardId } = await app.db
      .insertInto('organisation')
      .values({ name: 'Stichting Gooischolen', kind: 'school_board' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db
      .insertInto('partnership')
      .values({ name: 'Samen Opleiden Gooi', region: 'Hilversum', sector: 'po', scenario: 'A' })
      .execute();
    const rows = [
      PEOPLE_HEADER,
      ['Ilse Hoekstra-Müller', 'ilse@gooi.test', 'programmamanager', 'Samen Opleiden Gooi', ''],
      ['Joëlle Dijkstra', 'joelle@gooi.test', 'critical friend', 'Samen Opleiden Gooi', ''],
      ['Sjaak Brouwer', 'sjaak@gooi.test', 'bestuurder', '', 'Stichting Gooischolen'],
    ];
    const windows = windows1252(csvOf(rows, ';'));
    const utf8 = Buffer.from(csvOf(rows, ','), 'utf8');
    expect(windows.includes(Buffer.from('ü', 'utf8'))).toBe(false);

    const [fromWindows, fromUtf8] = [await dryRun(windows), await dryRun(utf8)];
    expect(fromWindows).toEqual(fromUtf8);
    expect(fromWindows).toMatchObject({ counts: { people: 3 }, problems: [] });
    // And with a byte order mark, as Excel's "CSV UTF-8" saves it.
    expect(await dryRun(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual(fromUtf8);

    expect((await upload(admin, windows, false)).statusCode).toBe(200);
    const people = await app.db
      .selectFrom('person as p')
      .innerJoin('role_assignment as r', 'r.person_id', 'p.id')
      .select(['p.display_name', 'p.email', 'r.role', 'r.organisation_id'])
      .where('p.email', 'like', '%@gooi.test')
      .orderBy('p.email')
      .execute();
    expect(people).toEqual([
      {
        display_name: 'Ilse Hoekstra-Müller',
        email: 'ilse@gooi.test',
        role: 'programme_manager',
        organisation_id: null,
      },
      { display_name: 'Joëlle Dijkstra', email: 'joelle@gooi.test', role: 'critical_friend', organisation_id: null },
      { display_name: 'Sjaak Brouwer', email: 'sjaak@gooi.test', role: 'board_member', organisation_id: boardId },
    ]);
    // The UTF-8 file is the same list: every one of its people is now in Koers.
    expect((await dryRun(utf8)).problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'ALREADY_EXISTS'],
      [3, 'ALREADY_EXISTS'],
      [4, 'ALREADY_EXISTS'],
    ]);
  });

  it('names places that are neither in the file nor in Koers', async () => {
    const report = await dryRun(Buffer.from(csvOf([PEOPLE_HEADER, ...PEOPLE], ','), 'utf8'));
    expect(report.problems).toEqual([
      {
        sheet: 'people',
        row: 2,
        column: 'partnerships',
        code: 'PARTNERSHIP_UNKNOWN',
        params: { value: 'Samen Opleiden Eemland' },
      },
      {
        sheet: 'people',
        row: 3,
        column: 'partnerships',
        code: 'PARTNERSHIP_UNKNOWN',
        params: { value: 'Samen Opleiden Eemland' },
      },
      {
        sheet: 'people',
        row: 4,
        column: 'organisation',
        code: 'ORGANISATION_UNKNOWN',
        params: { value: 'Stichting Eemscholen' },
      },
    ]);
  });

  it('lists every problem of a bad workbook by sheet, row, column and code, and changes nothing', async () => {
    const before = await counts();
    const bad = await workbook({
      organisaties: [...SETUP_SHEETS.organisaties, ['Hogeschool Eemland', 'hogeschool', 'Hogeschool Eemland']],
      partnerschappen: [
        ...SETUP_SHEETS.partnerschappen,
        ['Samen Opleiden Vallei', 'Ede', 'hbo', 'D', 'Hogeschool Nergens'],
      ],
      personen: [
        PEOPLE_HEADER,
        ['Ilse Hoekstra', 'ilse@hoekstra', 'programmamanager', 'Samen Opleiden Eemland', ''],
        ['Joëlle Dijkstra', 'joelle@dijkstra.test', 'coach', '', ''],
        ['Joëlle D.', 'Joelle@Dijkstra.test', 'critical friend', '', ''],
      ],
    });
    const report = await dryRun(bad);
    expect(report.imported).toBe(false);
    expect(report.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['organisations', 5, 'kind', 'KIND_UNKNOWN'],
      ['organisations', 5, 'name', 'DUPLICATE_IN_FILE'],
      ['partnerships', 3, 'sector', 'SECTOR_UNKNOWN'],
      ['partnerships', 3, 'scenario', 'SCENARIO_UNKNOWN'],
      ['partnerships', 3, 'members', 'ORGANISATION_UNKNOWN'],
      ['people', 2, 'email', 'EMAIL_INVALID'],
      ['people', 3, 'role', 'ROLE_UNKNOWN'],
      ['people', 4, 'email', 'DUPLICATE_IN_FILE'],
      ['people', 4, 'partnerships', 'PLACE_MISSING'],
    ]);

    const real = await upload(admin, bad, false);
    expect(real.statusCode).toBe(400);
    expect(ZApiError.parse(real.json())).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([{ path: 'people.row.4.email', message: 'DUPLICATE_IN_FILE' }]),
    });
    expect(await counts()).toEqual(before);
  });

  it('writes nothing when the import fails midway, not even the invitations', async () => {
    const before = await counts();
    const jobsBefore = await queuedJobs();
    // The database refuses the last person: organisations, partnership and two people are written by then.
    await owner.query(`
      CREATE FUNCTION refuse_sjaak() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.email = 'sjaak@brouwer.test' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_sjaak BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION refuse_sjaak();
    `);
    try {
      const file = await workbook({ ...SETUP_SHEETS, personen: [PEOPLE_HEADER, ...PEOPLE] });
      expect((await dryRun(file)).problems).toEqual([]);
      expect((await upload(admin, file, false)).statusCode).toBe(500);
    } finally {
      await owner.query('DROP TRIGGER refuse_sjaak ON person; DROP FUNCTION refuse_sjaak();');
    }
    expect(await counts()).toEqual(before);
    expect(await queuedJobs()).toBe(jobsBefore);
  });

  it('imports a workbook: organisations, the partnership with its members, people with roles, and their invitations', async () => {
    const before = await counts();
    const jobsBefore = await queuedJobs();
    const file = await workbook({ ...SETUP_SHEETS, personen: [PEOPLE_HEADER, ...PEOPLE] });
    const result = ZSetupImportResult.parse((await upload(admin, file, false)).json());
    expect(result).toEqual({
      dryRun: false,
      imported: true,
      counts: { organisations: 3, partnerships: 1, people: 3 },
      problems: [],
    });

    const partnership = await app.db
      .selectFrom('partnership')
      .select(['id', 'region', 'sector', 'scenario'])
      .where('name', '=', 'Samen Opleiden Eemland')
      .executeTakeFirstOrThrow();
    expect(partnership).toMatchObject({ region: 'Amersfoort', sector: 'po', scenario: 'B' });
    const members = await app.db
      .selectFrom('partnership_member as m')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select('o.name')
      .where('m.partnership_id', '=', partnership.id)
      .orderBy('o.name')
      .execute();
    expect(members.map((m) => m.name)).toEqual(['Hogeschool Eemland', 'OBS De Eem', 'Stichting Eemscholen']);
    const school = await app.db
      .selectFrom('organisation as o')
      .innerJoin('organisation as board', 'board.id', 'o.parent_id')
      .select('board.name')
      .where('o.name', '=', 'OBS De Eem')
      .executeTakeFirstOrThrow();
    expect(school.name).toBe('Stichting Eemscholen');

    const roles = await app.db
      .selectFrom('person as p')
      .innerJoin('role_assignment as r', 'r.person_id', 'p.id')
      .leftJoin('partnership as ps', 'ps.id', 'r.partnership_id')
      .leftJoin('organisation as o', 'o.id', 'r.organisation_id')
      .select(['p.display_name', 'p.status', 'r.role', 'ps.name as partnership', 'o.name as organisation'])
      .where(
        'p.email',
        'in',
        PEOPLE.map((p) => p[1] ?? ''),
      )
      .orderBy('p.display_name')
      .execute();
    expect(roles).toEqual([
      {
        display_name: 'Ilse Hoekstra-Müller',
        status: 'invited',
        role: 'programme_manager',
        partnership: 'Samen Opleiden Eemland',
        organisation: null,
      },
      {
        display_name: 'Joëlle Dijkstra',
        status: 'invited',
        role: 'critical_friend',
        partnership: 'Samen Opleiden Eemland',
        organisation: null,
      },
      {
        display_name: 'Sjaak Brouwer',
        status: 'invited',
        role: 'board_member',
        partnership: null,
        organisation: 'Stichting Eemscholen',
      },
    ]);

    const emails = await app.db
      .selectFrom('outgoing_email')
      .select(['recipient_email', 'kind', 'status', 'text_body'])
      .where('kind', '=', 'account_invitation')
      .where(
        'recipient_email',
        'in',
        PEOPLE.map((p) => p[1] ?? ''),
      )
      .orderBy('recipient_email')
      .execute();
    expect(emails.map((e) => [e.recipient_email, e.status])).toEqual([
      ['ilse@hoekstra.test', 'queued'],
      ['joelle@dijkstra.test', 'queued'],
      ['sjaak@brouwer.test', 'queued'],
    ]);
    expect(emails[0]?.text_body).toContain('Beste Ilse Hoekstra-Müller,');
    expect(emails[0]?.text_body).toMatch(/^https?:\/\/\S+$/m);
    expect(await queuedJobs()).toBe(jobsBefore + 3);
    expect((await counts()).person).toBe((before.person ?? 0) + 3);
    const invited = await app.db
      .selectFrom('audit_log as a')
      .innerJoin('person as p', (join) => join.on(sql`p.id::text`, '=', sql.ref('a.subject_id')))
      .select('p.email')
      .where('a.action', '=', 'person.invited')
      .where(
        'p.email',
        'in',
        PEOPLE.map((p) => p[1] ?? ''),
      )
      .execute();
    expect(invited).toHaveLength(3);
  });

  it('refuses people and names that are already in Koers', async () => {
    const again = await dryRun(await workbook({ ...SETUP_SHEETS, personen: [PEOPLE_HEADER, ...PEOPLE] }));
    expect(again.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['organisations', 2, 'name', 'ALREADY_EXISTS'],
      ['organisations', 3, 'name', 'ALREADY_EXISTS'],
      ['organisations', 4, 'name', 'ALREADY_EXISTS'],
      ['partnerships', 2, 'name', 'ALREADY_EXISTS'],
      ['people', 2, 'email', 'ALREADY_EXISTS'],
      ['people', 3, 'email', 'ALREADY_EXISTS'],
      ['people', 4, 'email', 'ALREADY_EXISTS'],
    ]);
  });

  it('gives a template that reads back without problems', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/setup-imports/template?language=en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['organisations', 'partnerships', 'people']);
    expect(book.getWorksheet('people')?.getRow(1).getCell(3).note).toBeTruthy();
    const report = await dryRun(res.rawPayload);
    expect(report).toMatchObject({ problems: [], counts: { organisations: 3, partnerships: 1, people: 2 } });
  });

  it('answers bad uploads with a 4xx in the one error shape, an unreadable file with the reason why', async () => {
    const cases: [Buffer | string, number, string][] = [
      ['', 400, 'VALIDATION_FAILED'],
      ['not base64!', 400, 'VALIDATION_FAILED'],
      // A PNG's header: binary, so no text.
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 400, 'not-text'],
      [Buffer.from('name,email\u0000,role\n'), 400, 'not-text'],
      [Buffer.from('name,email,role\n"Ilse,ilse@vallei.test\n'), 400, 'not-csv'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]), 400, 'damaged'],
      [Buffer.alloc(SPREADSHEET_MAX_BYTES + 1, 0x41), 400, 'too-large'],
      [Buffer.alloc(2 * SPREADSHEET_MAX_BYTES, 0x41), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [file, status, why] of cases) {
      const res = await admin.inject({
        method: 'POST',
        url: '/api/setup-imports',
        payload: { file: typeof file === 'string' ? file : file.toString('base64'), dryRun: true },
      });
      const error = ZApiError.parse(res.json());
      // The reason is the detail's message for an unreadable file, the error code for the others.
      const reason = error.code === 'SPREADSHEET_UNREADABLE' ? error.details?.[0]?.message : error.code;
      expect([file.length, res.statusCode, reason]).toEqual([file.length, status, why]);
    }
  });

  it('refuses a workbook that unpacks to far more than it weighs, or holds thousands of parts', async () => {
    /** A real set-up workbook with extra parts added to its archive, packed as tightly as zip can. */
    const padded = async (parts: Record<string, Uint8Array>) => {
      const zip = await JSZip.loadAsync(await workbook(SETUP_SHEETS));
      for (const [name, bytes] of Object.entries(parts)) zip.file(name, bytes);
      return Buffer.from(
        await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }),
      );
    };
    // 20 MB of zeros weigh some 20 kB packed: a small zip bomb.
    const bomb = await padded({ 'xl/media/padding.bin': new Uint8Array(20 * 1024 * 1024) });
    const crowded = await padded(
      Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`xl/media/part-${i}.bin`, new Uint8Array(1)])),
    );
    expect(bomb.byteLength).toBeLessThan(SPREADSHEET_MAX_BYTES);
    for (const [file, why] of [
      [bomb, 'unpacks-too-large'],
      [crowded, 'too-many-parts'],
    ] as const) {
      const res = await upload(admin, file, true);
      expect([res.statusCode, ZApiError.parse(res.json())]).toMatchObject([
        400,
        { code: 'SPREADSHEET_UNREADABLE', details: [{ path: 'body.file', message: why }] },
      ]);
    }
    // The same workbook without the padding is read as ever.
    expect((await dryRun(await workbook(SETUP_SHEETS))).counts).toMatchObject({ organisations: 3, partnerships: 1 });
  });

  it('is for admins only', async () => {
    const { id: partnershipId } = await app.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow();
    const pm = await signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
    const file = Buffer.from(csvOf([PEOPLE_HEADER, ...PEOPLE], ','));
    expect((await upload(pm, file, true)).statusCode).toBe(403);
    expect((await pm.inject({ method: 'GET', url: '/api/setup-imports/template' })).statusCode).toBe(403);
  });
});
