/** The compass needle of "Koers" (Dutch for "course"): decorative, the product name is the link text. */
export function BrandMark({ className }: { className?: string | undefined }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="none" stroke="currentColor" strokeWidth="2" opacity="0.5" />
      <path d="M16 4.5l4.5 11.5h-9z" fill="#f4b740" />
      <path d="M11.5 16h9L16 27.5z" fill="currentColor" />
    </svg>
  );
}
