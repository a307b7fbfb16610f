import type JSZip from 'jszip';

// Packages that only a few requests need, loaded by the first of them instead of at start: an instance
// that never reads or writes a spreadsheet, uses a passkey, shows a QR code or sends mail does not carry
// them. Loaded at start they were 14 of the 65 MB on an idle API's heap (exceljs alone 9), and V8 lets
// garbage grow in proportion to what it keeps. Node keeps a module once loaded: later calls are a lookup.

export const loadExcelJS = () => import('exceljs');
export const loadJSZip = (): Promise<{ default: typeof JSZip }> => import('jszip');
export const loadWebAuthn = () => import('@simplewebauthn/server');
export const loadWebAuthnHelpers = () => import('@simplewebauthn/server/helpers');
export const loadNodemailer = () => import('nodemailer');
export const loadQRCode = () => import('qrcode');
