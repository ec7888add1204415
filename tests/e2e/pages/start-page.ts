import { expect, type Locator, type Page } from "@playwright/test";

import type { Role } from "../../../lib/contract";

export type { Role };

export interface WorkspaceLinks {
  facilitator: string;
  analyst: string;
  viewer: string;
}

export class StartPage {
  readonly title: Locator;
  readonly createButton: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel("Title");
    this.createButton = page.getByRole("button", { name: "Create workspace" });
    this.recent = page.getByRole("region", { name: "Your workspaces" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Analyst workspaces" })).toBeVisible();
  }

  linkInput(role: Role): Locator {
    return this.page.getByRole("textbox", { name: `${role[0]?.toUpperCase()}${role.slice(1)} link` });
  }

  copyButton(role: Role): Locator {
    return this.page.getByRole("button", { name: `Copy ${role} link` });
  }

  async create(options: { title?: string; template?: "RAND 2009 brief" | "Blank" } = {}): Promise<WorkspaceLinks> {
    if (options.template) await this.page.getByRole("radio", { name: new RegExp(options.template) }).check();
    if (options.title !== undefined) await this.title.fill(options.title);
    await this.createButton.click();
    await expect(this.linkInput("viewer")).toBeVisible();
    return {
      facilitator: await this.linkInput("facilitator").inputValue(),
      analyst: await this.linkInput("analyst").inputValue(),
      viewer: await this.linkInput("viewer").inputValue(),
    };
  }
}
