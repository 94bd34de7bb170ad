import { randomInt } from 'node:crypto';

const lowerAlphanumeric = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id in Logto's format: `length` characters of 0-9 and a-z (user ids are 12). */
export function generateLogtoId(length = 12): string {
  let id = '';
  for (let index = 0; index < length; index += 1) {
    id += lowerAlphanumeric[randomInt(lowerAlphanumeric.length)];
  }
  return id;
}
