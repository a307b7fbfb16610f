/** Passkeys: signing in without a password, and managing them on the account page, in Dutch. */
export const passkeysNl = {
  passkeys: {
    signIn: {
      or: 'of',
      button: 'Inloggen met een passkey',
      waiting: 'Wachten op je passkey…',
      hint: 'Met je vingerafdruk, gezicht of pincode, als je eerder een passkey hebt toegevoegd op je accountpagina.',
      refused: 'Met deze passkey kon je niet inloggen. Misschien is hij verwijderd; log dan in met je wachtwoord.',
      cancelled:
        'Het inloggen met een passkey is niet afgerond. Probeer het gerust nog eens, of log in met je wachtwoord.',
    },
    account: {
      title: 'Passkeys',
      intro:
        'Met een passkey log je in zonder wachtwoord: je ontgrendelt hem met je vingerafdruk, gezicht of pincode. Je wachtwoord blijft gewoon werken.',
      listCaption: 'Je passkeys',
      name: 'Naam',
      createdAt: 'Toegevoegd',
      lastUsedAt: 'Laatst gebruikt',
      neverUsed: 'Nog niet gebruikt',
      actions: 'Acties',
      empty: 'Je hebt nog geen passkey.',
      addTitle: 'Passkey toevoegen',
      nameLabel: 'Naam van de passkey',
      nameHint: 'Zodat je hem later herkent, bijvoorbeeld ‘Laptop werk’ of ‘Telefoon’.',
      nameRequired: 'Geef de passkey een naam.',
      add: 'Passkey toevoegen',
      adding: 'Wachten op je apparaat…',
      added: 'Passkey ‘{{name}}’ is toegevoegd. Je kunt er voortaan mee inloggen.',
      ceremonyFailed:
        'Het toevoegen is niet afgerond: het venster van je apparaat werd gesloten of verliep, of deze passkey staat er al. Probeer het gerust nog eens.',
      unsupported: 'Deze browser kan geen passkeys gebruiken. Je wachtwoord blijft werken.',
      remove: 'Verwijderen',
      removeNamed: 'Passkey ‘{{name}}’ verwijderen',
      removing: 'Bezig met verwijderen…',
      cancel: 'Annuleren',
      confirmTitle: 'Passkey verwijderen?',
      confirmText:
        'Met ‘{{name}}’ log je daarna niet meer in bij Koers. Op je apparaat blijft hij staan tot je hem daar zelf verwijdert.',
      removed: 'Passkey ‘{{name}}’ is verwijderd.',
    },
  },
};
