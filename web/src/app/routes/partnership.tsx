import { useParams } from 'react-router';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import {
  PartnershipDetails,
  PartnershipNotFound,
} from '../../features/partnerships/components/partnership-details.tsx';

export function Component() {
  // An id that cannot exist is "not found" straight away, without asking the API.
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <PartnershipDetails partnershipId={params.data.partnershipId} />;
}
