import { BatchNotFound } from "./_components/batch-not-found";

export default function BatchNotFoundPage() {
  return <BatchNotFound />;
}
