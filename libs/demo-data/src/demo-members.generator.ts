import { residentIdCheckCharacter, type MemberCategory } from '@cxzy/domain';
import type { DemoMember, DemoOrganisation } from './demo-county.types.js';
import { GIVEN, POSTS, SURNAMES } from './names.js';
import type { SeededRandom } from './random.js';
import { gradingUnitResolver } from './demo-county-units.js';

/**
 * A fictional resident ID number: region 99xxxx (no province has code 99, so no real person's
 * number), a real birth date, a sequence that makes every number unique, a correct check character.
 */
function idNumber(serial: number, random: SeededRandom): string {
  const region = `99${String(Math.floor(serial / 1000) % 10000).padStart(4, '0')}`;
  const birth = `${random.int(1940, 2003)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const personName = (random: SeededRandom) =>
  `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.6) ? random.pick(GIVEN) : ''}`;

/**
 * Members of every branch and general branch: mostly regular, with the special cases of document 1 —
 * members without a fixed post (a post is set for them), mobile members (hosted by a community or a
 * firm's branch where they now work), elderly or infirm members (half of them excused).
 */
export function generateMembers(
  orgs: readonly DemoOrganisation[],
  perBranch: number,
  random: SeededRandom,
): DemoMember[] {
  const holders = orgs.filter((o) => o.kind === 'branch' || o.kind === 'general-branch');
  const unitOf = gradingUnitResolver(new Map(orgs.map((o) => [o.code, o])));
  const hosts = holders.filter((o) => o.sectorCode === 'urban-community' || o.sectorCode === 'non-public-enterprise');
  const members: DemoMember[] = [];
  for (const holder of holders) {
    const count = holder.kind === 'general-branch' ? 2 : Math.max(1, perBranch + random.int(-3, 3));
    for (let i = 0; i < count; i++) {
      const roll = random.next();
      const category: MemberCategory =
        roll < 0.78 ? 'regular' : roll < 0.86 ? 'no-fixed-post' : roll < 0.93 ? 'mobile' : 'elderly-infirm';
      const host = category === 'mobile' ? hosts.filter((h) => h.code !== holder.code) : [];
      const drawn: MemberCategory = category === 'mobile' && host.length === 0 ? 'regular' : category;
      // The same draws in the same order whatever the outcome, so a county stays the same county.
      const idNumberDrawn = idNumber(members.length, random);
      const name = personName(random);
      const post = drawn === 'no-fixed-post' ? random.pick(POSTS) : null;
      const picked = drawn === 'mobile' ? random.pick(host).code : null;
      // A host in another grading unit could not be imported by the member's own administrator (each
      // imports only their unit's rows): such a member stays at home, as a regular member.
      const hostOrganisationCode = picked !== null && unitOf(picked) === unitOf(holder.code) ? picked : null;
      const effective: MemberCategory = drawn === 'mobile' && hostOrganisationCode === null ? 'regular' : drawn;
      members.push({
        idNumber: idNumberDrawn,
        name,
        organisationCode: holder.code,
        category: effective,
        post,
        hostOrganisationCode,
        pledgeExempt: effective === 'elderly-infirm' && random.chance(0.5),
        phone: random.chance(0.85) ? `199${String(members.length).padStart(8, '0')}` : null,
      });
    }
  }
  return members;
}
