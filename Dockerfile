# Production image for the GovMall backend (server or worker, chosen by MEDUSA_WORKER_MODE).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY backend/package.json backend/
COPY plugins/procurement-core/package.json plugins/procurement-core/
COPY plugins/payment-mock/package.json plugins/payment-mock/
COPY storefront/package.json storefront/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:plugins && npm run build --workspace backend

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["npx", "medusa", "start"]
