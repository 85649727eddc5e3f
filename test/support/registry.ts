import type { Core } from '../../shared/app/ports';
import { createActivity, createOrganisation, setCapacity } from '../../shared/app/registry';
import type { Principal } from '../../shared/domain/access';

/** An organisation and its night shelter, as an administrator adds them; with `places`, the shelter's places from a day. */
export async function organisationWithShelter(
  deps: Core,
  principal: Principal,
  names: {
    organisation: string;
    orgNumber: string;
    shelter: string;
    places?: { from: string; places: number };
  },
) {
  const org = await createOrganisation(deps, principal, {
    name: names.organisation,
    orgNumber: names.orgNumber,
  });
  const shelter = await createActivity(deps, principal, {
    organisationId: org.id,
    name: names.shelter,
    kind: 'night_shelter',
  });
  if (names.places) await setCapacity(deps, principal, shelter.id, names.places);
  return { org, shelter };
}
