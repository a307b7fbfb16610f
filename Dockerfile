# Koers as one image: the API serves the built web app on one port. PostgreSQL comes from DATABASE_URL.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY web/package.json web/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build --workspace web && npm run build --workspace api && npm prune --omit=dev --no-audit --no-fund
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["node", "--enable-source-maps", "api/dist/server.js"]
