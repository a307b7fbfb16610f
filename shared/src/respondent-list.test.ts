import { describe, expect, it } from 'vitest';
import { parseRespondentList } from './respondent-list.ts';

const members = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Hogeschool Delta Zeeland', kind: 'institute' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Vakcollege Vlissingen', kind: 'school' },
  { id: '33333333-3333-4333-8333-333333333333', name: 'Techniekcollege Terneuzen', kind: 'school' },
];
const defaults = { perspective: 'school' as const, organisationId: members[1]?.id ?? '', locale: 'nl' as const };

describe('a pasted list of respondents', () => {
  it('reads "Naam <email>", "naam;email;perspectief;organisatie" and a bare address, skipping blank lines', () => {
    const parsed = parseRespondentList(
      [
        'Anna Visser <anna@delta.test>',
        '',
        'Bram Jansen;bram@terneuzen.test;school;Techniekcollege Terneuzen',
        'Carla de Boer;carla@delta.test;opleiding',
        'dirk@vlissingen.test',
      ].join('\n'),
      members,
      defaults,
    );
    expect(parsed).toEqual([
      {
        line: 1,
        text: 'Anna Visser <anna@delta.test>',
        invitation: {
          name: 'Anna Visser',
          email: 'anna@delta.test',
          perspective: 'school',
          organisationId: members[1]?.id,
          locale: 'nl',
        },
      },
      {
        line: 3,
        text: 'Bram Jansen;bram@terneuzen.test;school;Techniekcollege Terneuzen',
        invitation: {
          name: 'Bram Jansen',
          email: 'bram@terneuzen.test',
          perspective: 'school',
          organisationId: members[2]?.id,
          locale: 'nl',
        },
      },
      {
        line: 4,
        text: 'Carla de Boer;carla@delta.test;opleiding',
        invitation: {
          name: 'Carla de Boer',
          email: 'carla@delta.test',
          perspective: 'institute',
          organisationId: members[0]?.id,
          locale: 'nl',
        },
      },
      {
        line: 5,
        text: 'dirk@vlissingen.test',
        invitation: {
          name: 'dirk',
          email: 'dirk@vlissingen.test',
          perspective: 'school',
          organisationId: members[1]?.id,
          locale: 'nl',
        },
      },
    ]);
  });

  it('names the problem of each line it cannot use, with its line number', () => {
    const parsed = parseRespondentList(
      [
        'Geen adres',
        'Eva;eva@x.test;ouders',
        'Fien;fien@x.test;school;Onbekende School',
        'Gert <gert@x.test>',
        'Gert nog eens <GERT@x.test>',
        'Hans <hans@x.test>',
      ].join('\n'),
      members,
      { ...defaults, invited: ['hans@x.test'] },
    );
    expect(parsed.map((p) => [p.line, 'problem' in p ? p.problem : 'ok'])).toEqual([
      [1, 'email'],
      [2, 'perspective'],
      [3, 'organisation'],
      [4, 'ok'],
      [5, 'duplicate'],
      [6, 'invited'],
    ]);
  });
});
