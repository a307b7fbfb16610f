/** A peer review tracked as an action of both partnerships: each side's action names the other's. */
export type TPeerReviewTables = {
  peer_review_link: { action_id: string; peer_action_id: string };
};
