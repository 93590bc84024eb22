/** The page under the failing root layout (see layout.fault.tsx); never shown. */
export default function FaultRootPage() {
  return <p>Never shown.</p>;
}
