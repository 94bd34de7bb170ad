import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Builds this folder on its own, also where it sits inside another project (as in the guide's repository).
  turbopack: { root: __dirname },
};

export default nextConfig;
