/** Quarters: the one everyone is working on, in Dutch. */
export const periodsNl = {
  periods: {
    current: 'Huidige periode: {{code}}, inleveren vóór {{date}}',
  },
};
