import { payoutsExport } from "@/lib/exports/definitions";
import { exportRoute } from "@/lib/exports/export-route";

export const GET = exportRoute(payoutsExport);
