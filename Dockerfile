# Koers as one image: the API serves the built web app on one port. PostgreSQL comes from DATABASE_URL.
# Two stages: the build stage has every dev dependency (vite, esbuild, TypeScript); the runtime stage has
# only the API's production dependencies, the built API and web app, and runs as the unprivileged user.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY web/package.json web/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build --workspace web && npm run build --workspace api

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY web/package.json web/
COPY test/package.json test/
# The API's runtime dependencies alone: the web app is already built, and nothing that builds or tests.
# TypeScript comes along as an optional peer of cosmiconfig (the job queue's config loader, which Koers never
# asks to read a TypeScript file), because the lockfile holds it for the build: it goes again.
RUN npm ci --omit=dev --workspace api --no-audit --no-fund && npm cache clean --force && rm -rf node_modules/typescript
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/web/dist web/dist
# The maintenance scripts (db:migrate, db:backup, ...) run from source with Node's own type stripping.
COPY shared/src shared/src
COPY api/src api/src
COPY migrations migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A young generation of 16 MB semi-spaces instead of V8's default for a large machine (64 MB): requests'
# garbage dies young either way, and the API's peak memory under load falls by about 100 MB. An old
# generation of at most 256 MB: the API keeps about 70 MB alive, and without a cap V8 lets garbage grow to
# several hundred MB under load before collecting it (see docs/operations.md).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=16", "--max-old-space-size=256", "api/dist/server.js"]
