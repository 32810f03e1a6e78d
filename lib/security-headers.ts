/**
 * The headers every answer carries, pages and API alike: Next.js adds them to what it serves
 * (next.config.ts), the production server to the API answers it serves itself
 * (scripts/direct-api.ts).
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  // Only our own origin. Next.js bootstraps with inline scripts, hence 'unsafe-inline' for
  // scripts; 'unsafe-eval' only in development (React's dev tooling needs it).
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
