export const intervisionKeys = {
  all: () => ['intervision'] as const,
  rounds: () => ['intervision', 'rounds'] as const,
  round: (roundId: string) => ['intervision', 'round', roundId] as const,
};
