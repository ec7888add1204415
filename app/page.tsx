import { BRIEF_CITATION, BRIEF_URL } from "@/lib/domain/brief-2009";
import { CreateWorkspaceForm } from "@/components/start/create-workspace-form";
import { RecentWorkspaces } from "@/components/start/recent-workspaces";

export default function StartPage() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:py-12">
      <header className="mb-6">
        <p className="text-xs font-semibold tracking-wider text-accent uppercase">Mesa</p>
        <h1 className="mt-1 text-2xl font-semibold">Analyst workspaces</h1>
        <p className="mt-2 max-w-2xl text-sm text-muted">
          Rate U.S. policy options, assess threats and read crime trends together, live. Built on{" "}
          <a href={BRIEF_URL} className="text-accent underline underline-offset-2">
            {BRIEF_CITATION}
          </a>
          .
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CreateWorkspaceForm />
        <RecentWorkspaces />
      </div>
    </main>
  );
}
