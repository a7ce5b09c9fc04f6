import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-2xl font-semibold">Siden findes ikke</h1>
      <p className="mt-2 text-slate-700">Siden findes ikke, eller du har ikke adgang til den.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Gå til forsiden
      </Link>
    </div>
  );
}
