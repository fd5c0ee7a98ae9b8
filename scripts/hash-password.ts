// `npm run --silent hash-password -- '<password>'` prints a password_hash for DASHBOARD_USERS.
import { hashPassword } from "@/lib/session/password";

const password = process.argv[2];
if (!password) {
  console.error("usage: npm run --silent hash-password -- '<password>'");
  process.exit(2);
}
console.log(await hashPassword(password));
