# The Pledgegraph app for docker compose: it talks to the neo4j service (NEO4J_URI), so no Java is needed.
FROM node:20-bookworm
WORKDIR /app
# nodejieba compiles from source.
RUN apt-get update && apt-get install -y --no-install-recommends g++ make python3 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm install, not npm ci: see .ci/run on why the lock file cannot list every platform package.
RUN npm install --omit=dev --no-fund --no-audit
COPY . .
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "bin/pledgegraph.js", "start", "corpus"]
