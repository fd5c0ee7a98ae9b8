import { transactionsExport } from "@/lib/exports/definitions";
import { exportRoute } from "@/lib/exports/export-route";

export const GET = exportRoute(transactionsExport);
