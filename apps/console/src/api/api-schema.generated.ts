// Generated from the API's GET /openapi.json by scripts/generate-console-client.mjs — do not edit.
// Regenerate: start the API (npm run start:api) and run npm run console:client.
export interface paths {
    "/approval-deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的代理设置 — my deputy ranges */
        get: operations["ApprovalsController_deputyRanges"];
        put?: never;
        /** 设置代理 — while I am away, new tasks go to my deputy (marked; the audit names both) */
        post: operations["ApprovalsController_addDeputy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-deputies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消代理 — remove one of my deputy ranges */
        delete: operations["ApprovalsController_removeDeputy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的审批 — 待办 (todo) / 已办 (done) / 抄送我 (copied) / 我发起的 (started) */
        get: operations["ApprovalTasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/add-signer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 加签 — before / after / in parallel, as the step’s definition allows */
        post: operations["ApprovalTasksController_addSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意 — approve (the step completes exactly when its quorum is met) */
        post: operations["ApprovalTasksController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批意见 — a comment on the task, with optional attachments */
        post: operations["ApprovalTasksController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委派 — someone does the work and gives it back; you decide */
        post: operations["ApprovalTasksController_delegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不同意 — reject (reason required); under 会签 / 依次 the approval ends rejected */
        post: operations["ApprovalTasksController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/remove-signer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 减签 — take this undecided signer off the step (their adder, or as the definition allows) */
        post: operations["ApprovalTasksController_removeSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/resolve-delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委派办结 — the delegate gives the task back with their opinion */
        post: operations["ApprovalTasksController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回 — to an earlier step (reason required); everything from that step on is discarded and it starts afresh */
        post: operations["ApprovalTasksController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办 — hand the task to someone else; you lose it */
        post: operations["ApprovalTasksController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/{taskId}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 — remind whoever must act now (submitter or supervisor; rate-limited, counted) */
        post: operations["ApprovalTasksController_urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-tasks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量同意 / 批量催办 — each task validated and audited on its own; the answer lists every task’s result */
        post: operations["ApprovalTasksController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起审批 — a sequence of approval steps (definition step format) with the people of each */
        post: operations["ApprovalsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{processId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审批详情 — the stored approval, its history, and the live tasks while it runs */
        get: operations["ApprovalsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{processId}/cc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抄送 — copy people (read-only; they get an inbox item and see it under 抄送我) */
        post: operations["ApprovalsController_copy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{processId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批意见 — a comment on the approval as a whole */
        post: operations["ApprovalsController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{processId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 — the submitter takes it back while nobody has acted on it */
        post: operations["ApprovalsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计记录 — newest first */
        get: operations["AuditController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-records/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计记录 — CSV for spreadsheets; cells that look like formulas are neutralised */
        get: operations["AuditController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-records/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计链 — recomputes every hash and names the first broken link */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 — password login; locked for a while after repeated failures */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 — ends the login session: its refresh token and its access tokens stop working */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 — who the access token belongs to, with their roles */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 续期 — a new token pair in the same session; the old refresh token is spent (a reused one ends every session of the user) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看某年的节假日与调休 — with a warning when the year has none configured */
        get: operations["CalendarController_read"];
        /** 设置某年的节假日与调休 — replaces the whole year, after checking every entry */
        put: operations["CalendarController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出某年的节假日与调休为 .ics — one all-day event per day, importable again */
        get: operations["CalendarController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入某年的节假日与调休 — from .ics or .xlsx/.csv; replaces the whole year, all or nothing
         * @description .ics: all-day VEVENTs; a SUMMARY containing 班 (上班, 补班, 调休上班) is a day worked, any other a day off, named by the SUMMARY without its marker; days of other years are skipped. .xlsx/.csv: columns 日期 / 类型 (放假 | 上班) / 名称, one row per day.
         */
        post: operations["CalendarController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动列表 — the campaigns of an organisation and of the units below it */
        get: operations["CampaignsController_list"];
        put?: never;
        /** 发起三亮三比三评 — launch a campaign for a window unit */
        post: operations["CampaignsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 — the campaign and its rules */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 三比 — score an entry of the unit or a member on the configured sheet */
        post: operations["CampaignsController_entry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改存在问题 — the follow-up tasks opened by complaints and low ratings */
        get: operations["CampaignsController_followUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/follow-ups/{followUpId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改完成 — the unit closes a follow-up; its reminders stop */
        post: operations["CampaignsController_closeFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/leader-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 领导点评 — collective, individual, random or on-site */
        post: operations["CampaignsController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/peer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 党员互评 — a member of the unit reviews a colleague once */
        post: operations["CampaignsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结果排名 — rank units and members and store the mapped 群众评价 share */
        post: operations["CampaignsController_rank"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rating-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发群众评议码 — signed, expiring, single-use tokens bound to this campaign */
        post: operations["CampaignsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 排名结果 — per unit and per member, best first */
        get: operations["CampaignsController_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评选列表 — a grading unit’s rounds, newest first */
        get: operations["CommendationsController_list"];
        put?: never;
        /** 发起评选 — launch a commendation round for a grading unit */
        post: operations["CommendationsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评选详情 — the round and its nominations (with names) */
        get: operations["CommendationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 进入下一阶段 — close nominations (vet), vetting (publicise) or publicity (decide) */
        post: operations["CommendationsController_advance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/commended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表彰名单 — the commended organisations and members */
        get: operations["CommendationsController_commended"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推荐 — nominate with evidence (grading tier, pledge evaluation, campaign result) */
        post: operations["CommendationsController_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示异议列表 — the objections filed during 公示 (the administrator) */
        get: operations["CommendationsController_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议 — an upheld objection withdraws the nomination */
        post: operations["CommendationsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations/{roundId}/opinion-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发群众意见码 — tokens for the public’s opinions while vetting */
        post: operations["CommendationsController_tokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-approvals/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审批 — branches waiting for the caller’s decision as a supervisor (rating, plan, acceptance), oldest first */
        get: operations["PendingGradingApprovalsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部署 — launch the round of a grading unit and year (one per unit and year) */
        post: operations["GradingRoundsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进度 — the round and its branches counted per state and sector (from the projection) */
        get: operations["GradingRoundsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 考核验收 — a supervisor on the leading line records pass / not passed with a comment per indicator */
        post: operations["GradingRectificationController_recordAcceptance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认收到部署通知 — the branch secretary acknowledges the notice */
        post: operations["GradingRoundsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 党员评议 — a member of the branch appraises it once (items or overall) */
        post: operations["GradingClassificationController_memberAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 佐证材料列表 — the evidence the branch uploaded in the round (no content) */
        get: operations["SelfAssessmentEvidenceController_list"];
        put?: never;
        /** 上传佐证材料 — the branch secretary uploads evidence while the self-assessment is open */
        post: operations["SelfAssessmentEvidenceController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 — the file as uploaded (an attachment, with its checked content type) */
        get: operations["SelfAssessmentEvidenceController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 否决事项 — the facts the veto rules read (secretary vacancy, last party activity) */
        put: operations["GradingClassificationController_facts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/public-appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众评议 — with a token issued for this branch’s appraisal in this round (spent once) */
        post: operations["GradingClassificationController_publicAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改与验收 — the branch’s tier, plan requirements, plan, review, progress reports, acceptance, and last year */
        get: operations["GradingRectificationController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/rectification-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交整改方案 — the branch secretary files the plan aimed at its weakest indicators */
        post: operations["GradingRectificationController_submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/rectification-plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批整改方案 — a supervisor on the branch’s leading line approves the plan */
        post: operations["GradingRectificationController_approvePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/rectification-plan/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回整改方案 — the supervisor returns the plan with a reason; the branch files it again */
        post: operations["GradingRectificationController_returnPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/rectification-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报告整改进展 — the branch secretary reports progress; `complete: true` declares the rectification done */
        post: operations["GradingRectificationController_reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交自评 — a score per item of the sector’s indicator sheet */
        post: operations["GradingRoundsController_selfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/branches/{orgId}/superior-rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上级评定 — a supervisor on the branch’s leading line rates it (items or overall) */
        post: operations["GradingRoundsController_superiorRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定级结果 — per branch: score, rank, proposed and final tier, and the reason of every move (quota, veto, objection) */
        get: operations["GradingClassificationController_classification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/classification/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批拟定等次 — the supervisor approves; publicity (公示) opens */
        post: operations["GradingClassificationController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/classification/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出拟定等次 — the administrator classifies the unit (composite scores, quotas); refused with every branch not rated or short of participation */
        post: operations["GradingClassificationController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/classification/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回拟定等次 — the supervisor returns it with a reason; the round collects again */
        post: operations["GradingClassificationController_returnClassification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 — the dashboard as .xlsx: progress per sector and step, overdue steps, tier distribution and quotas, the tier list */
        get: operations["GradingRoundsController_exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异议列表 — the public view (never who filed it) and the counts per status */
        get: operations["GradingClassificationController_listObjections"];
        put?: never;
        /** 提出异议 — during publicity, by the branch’s secretary or a member (from the token); real name and contact, never shown */
        post: operations["GradingClassificationController_fileObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议 — the supervisor upholds (the branch is re-graded) or rejects (the tier stays) */
        post: operations["GradingClassificationController_resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/public-objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众提出异议 — during publicity, with a token issued for this round’s objections (spent once) */
        post: operations["GradingClassificationController_filePublicObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/rating-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发放评议码 — the administrator issues signed, expiring, single-use tokens for one branch’s public appraisal, or for objections */
        post: operations["GradingClassificationController_issueTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading-rounds/{roundId}/tier-distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等次分布 — proposed and final tiers per sector, with the quota groups (cap, floor) */
        get: operations["GradingClassificationController_distribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 — database and Temporal reachability */
        get: operations["HealthController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 站内信列表 — newest first, with the unread count */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{noticeId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读 */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时推送 — Server-Sent Events: one `notice` event per new notice, `ping` every 25 s */
        get: operations["InboxController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党员列表 — filter by organisation, subtree, category; ID and phone numbers masked */
        get: operations["MembersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入党员 — import members from CSV or .xlsx (all rows or none; keyed by ID number)
         * @description Columns: id_number, name, organisation_code, category, post, host_organisation_code, pledge_exempt, phone, username (Chinese headers accepted). username (用户名, optional) links the member to that existing user in the same transaction (audited user.link-member); a row error when the user does not exist or is linked to another member, or the member to another user.
         */
        post: operations["MembersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办 — 待办 / 已办 / 抄送我 / 我发起的 across processes (approvals, grading decisions, open steps, peer evaluations), with the count of each view; 待办 soonest deadline first, the others newest first */
        get: operations["MyTasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{nominationId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示异议 — object to a publicised nomination */
        post: operations["CommendationsController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{nominationId}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 考察 — a member’s opinion on a nomination */
        post: operations["CommendationsController_opinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送通知 — inbox always; e-mail and SMS/webhook per the recipient’s preferences */
        post: operations["NotificationController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递失败清单 — e-mail and webhook deliveries that used up their retries */
        get: operations["NotificationController_listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences/{recipient}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看通知偏好 — one’s own (an administrator: anyone’s) */
        get: operations["NotificationController_getPreferences"];
        /** 设置通知偏好 — the inbox is always on */
        put: operations["NotificationController_putPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织列表 — within the caller’s scope; filter by sector, subtree, management mode, text */
        get: operations["OrganisationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织详情 */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导线与抄送线 — who approves and receives escalations, who is copied */
        get: operations["OrganisationsController_lines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/pledge-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承诺公开栏 — public pledges for a web page or e-display: names and organisation only */
        get: operations["PledgesController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/pledge-drive/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度承诺动员 — who of the branch has proposed an annual pledge, who has not, who is excused */
        get: operations["PledgesController_drive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/pledge-drive/{year}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动年度承诺 — notify every member who has not yet proposed (once per member and year; excused members never) */
        post: operations["PledgeDriveController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/pledge-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承诺台账 — every version line of the branch’s ledger, with each pledge’s state and evaluation result */
        get: operations["PledgesController_lines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/pledge-ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出承诺台账 — the ledger as .xlsx (formulas neutralised) */
        get: operations["PledgesController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/service-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三亮公开栏 — a unit’s service standards, members’ identity and public pledges (no login; names only) */
        get: operations["ServiceBoardController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/service-board/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三亮内容 — what the unit’s secretary or an administrator maintains (member ids included) */
        get: operations["ServiceBoardController_content"];
        /** 发布三亮内容 — replace the unit’s service standards and members’ public identity (audited) */
        put: operations["ServiceBoardController_publish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入组织 — import organisations from CSV or .xlsx (all rows or none; keyed by code)
         * @description Columns: code, name, kind, sector_code, territorial_parent_code, vertical_department_code, management_mode, grading_unit_code, is_grading_unit (Chinese headers accepted). A refused file answers 422 with `rowErrors` listing every problem.
         */
        post: operations["OrganisationsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程定义列表 — filter by kind, sector, status; newest version first */
        get: operations["PipelineDefinitionQueriesController_listDefinitions"];
        put?: never;
        /** 新建草稿 — a draft from the default of a kind and sector, or from a body */
        post: operations["PipelineDefinitionCommandsController_createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看流程定义 — one version, with its body */
        get: operations["PipelineDefinitionQueriesController_byId"];
        /** 修改草稿 — replace a draft’s body (409 once published) */
        put: operations["PipelineDefinitionCommandsController_updateDraft"];
        post?: never;
        /** 删除草稿 — only a draft can be deleted */
        delete: operations["PipelineDefinitionCommandsController_deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 — validate and publish; the previous version is retired (ADR 0004) */
        post: operations["PipelineDefinitionCommandsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用 — nothing new starts on it; running processes keep it */
        post: operations["PipelineDefinitionCommandsController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 创建新版本 — a new draft (next version number) copying this version */
        post: operations["PipelineDefinitionCommandsController_startNextVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本比较 — the JSON paths that differ between two definitions */
        get: operations["PipelineDefinitionQueriesController_compareVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/current/{processKind}/{sectorCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前版本 — the published definition of a kind and sector */
        get: operations["PipelineDefinitionQueriesController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline-definitions/defaults/{processKind}/{sectorCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 默认定义 — the built-in default of a kind for a sector */
        get: operations["PipelineDefinitionQueriesController_defaultDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledge-suggestions/{sectorCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承诺内容参考 — the sector’s suggestions (document 1) and the five 带头 */
        get: operations["PledgesController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出承诺 — propose a pledge (starts its workflow on the pinned pledge pipeline) */
        post: operations["PledgesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承诺详情 — the stored pledge and its workflow’s live state */
        get: operations["PledgesController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 台账修订 — amend an approved pledge: a new ledger version line, the old one stays */
        post: operations["PledgesController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/conclude-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评议结果 — compute the weighted result (422 while a required source is missing) */
        post: operations["PledgesController_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评议 — self, peer or leader (leader: 成绩 and 问题与方向 required) */
        post: operations["PledgesController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈 — deliver the result to the member; the evaluation closes once it reached them */
        post: operations["PledgesController_feedBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/peer-evaluation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 邀请互评 — the branch secretary asks members of the branch (not the pledger) for a peer evaluation; they see it in GET /my-tasks (audited) */
        post: operations["PeerEvaluationController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 履行进展 — report progress with evidence; `completed` closes fulfilment */
        post: operations["PledgesController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/public-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发群众评议链接 — issue signed single-use rating links for a pledge */
        post: operations["PublicEvaluationController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/publicise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公开承诺 — publish to the board (only after review put it in the ledger) */
        post: operations["PledgesController_publicise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核 — approve (writes the ledger line) or return for revision (reason required) */
        post: operations["PledgesController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改后重新提交 — revise a returned pledge */
        post: operations["PledgesController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{campaignId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众评议 — one rating per token (401 forged/expired, 403 another campaign, 409 used or ranked) */
        post: operations["CampaignsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/commendations/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示与表彰名单 — a round’s public notice (no login): the nominations during 公示, then the commended */
        get: operations["CommendationsController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/nominations/{nominationId}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众意见 — one opinion per token while vetting */
        post: operations["CommendationsController_publicOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/pledges/{pledgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评议对象 — what a rating link rates and who published it (403 invalid or expired link) */
        get: operations["PublicEvaluationController_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/pledges/{pledgeId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众评议 — rate a pledge once with a link (403 invalid/expired, 409 used or not yet open) */
        post: operations["PublicEvaluationController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领域列表 */
        get: operations["SectorsController_list"];
        put?: never;
        /** 新增领域 — add a sector */
        post: operations["SectorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/smoke-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起连通性检查 — start a smoke-check workflow (administrators) */
        post: operations["SmokeCheckController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/smoke-checks/{checkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询连通性检查 — progress and what the activities wrote */
        get: operations["SmokeCheckController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 — the users holding a role in the grading units where the caller is the security or system administrator, with those roles */
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存用户 — create or update a user and replace its roles (idempotent; a security administrator, never their own account; audited with roles before → after, refusals too) */
        put: operations["UsersController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 关联党员 — which member of the registry the user is (a member acts only on their own pledges and evaluations); null unlinks (audited) */
        put: operations["UsersController_linkMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置密码 — the password policy applies (422 naming `password`); clears a lockout (audited) */
        put: operations["UsersController_setPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceDto: {
            /** @description 三项验收判断: organisationStrengthened, problemsSolved, membersAndPublicSatisfied (true/false) */
            checks: {
                [key: string]: boolean;
            };
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 对照各项指标的验收意见: one { indicator, comment } per indicator of the branch’s sheet */
            indicatorComments: {
                comment?: string;
                indicator?: string;
            }[];
        };
        AcceptanceViewDto: {
            acceptedBy: string;
            /** @example 2027-12-20 */
            acceptedOn: string;
            checks: {
                [key: string]: boolean;
            };
            passed: boolean;
        };
        AddSignerDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
            /**
             * @description before 前加签 / after 后加签 / parallel 并加签
             * @enum {string}
             */
            position: "before" | "after" | "parallel";
            /**
             * @description 加签人
             * @example t01-supervisor
             */
            signer: string;
        };
        AdvanceCommendationDto: {
            /**
             * @description 进入考察 / 公示 / 审批
             * @enum {string}
             */
            to: "vet" | "publicise" | "decide";
        };
        AmendPledgeDto: {
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            items: components["schemas"]["PledgeItemDto"][];
            /** @description 修订理由 */
            reason: string;
        };
        ApprovalCommandDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
        };
        ApprovalCommentDto: {
            /** @description 附件引用（≤ 10 个） */
            attachments?: string[];
            /**
             * @description 意见内容（驳回、退回时必填，≤ 2000 字）
             * @example 同意
             */
            text: string;
        };
        ApprovalListDto: {
            items: components["schemas"]["ApprovalListItemDto"][];
            total: number;
        };
        ApprovalListItemDto: {
            /** @description the user may decide it now */
            actionable?: boolean;
            assignee?: string;
            /** Format: date-time */
            createdAt?: string;
            currentStep?: string;
            /** @description 委派给 */
            delegate?: string | null;
            /** @description 代办：原审批人 */
            deputyFor?: string | null;
            generation?: number;
            link: string;
            /** Format: uuid */
            processId: string;
            processKind?: string;
            processStatus?: string;
            /** @description the task’s status (tasks) or the approval’s (approvals) */
            status: string;
            /** @example review */
            stepKey?: string;
            submitter?: string;
            /**
             * Format: uuid
             * @description absent on 抄送我 / 我发起的 rows
             */
            taskId?: string;
            title: string;
            urgeCount?: number;
            workflowId: string;
        };
        AuthenticatedUserDto: {
            roles: components["schemas"]["RoleGrantDto"][];
            /** Format: uuid */
            userId: string;
            /** @example qs-admin */
            username: string;
        };
        AuthTokensDto: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        BoardEntryDto: {
            expiresAt: string;
            items: string[];
            /** @enum {string} */
            kind: "annual" | "instant";
            organisationName: string;
            /** Format: uuid */
            pledgeId: string;
            /** @description 只显示姓名，不显示身份证号、电话 */
            pledgerNames: string[];
            publishedAt: string;
            year: number;
        };
        BranchActionDto: {
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
        };
        BranchActionResultDto: {
            /** @example acknowledgeNotice */
            action: string;
            /** @example deploy.notified */
            from: string;
            organisationId: string;
            /** @example grade.self-assessing */
            to: string;
        };
        BranchFactsDto: {
            /** @description 最近一次组织生活日期（YYYY-MM-DD），无记录为 null */
            lastPartyActivityOn: string | null;
            /** @description 书记职位空缺起始日期（YYYY-MM-DD），在职为 null */
            secretaryPostVacantSince: string | null;
        };
        BranchRectificationViewDto: {
            acceptance: components["schemas"]["AcceptanceViewDto"] | null;
            finalTier: string | null;
            /** Format: uuid */
            organisationId: string;
            planRequirements: components["schemas"]["PlanRequirementsDto"] | null;
            planReview: components["schemas"]["PlanReviewDto"] | null;
            previousRound: components["schemas"]["PreviousRoundLineDto"] | null;
            progressReports: components["schemas"]["ProgressReportViewDto"][];
            rectificationPlan: components["schemas"]["RectificationPlanViewDto"] | null;
            /** Format: uuid */
            roundId: string;
            /** @example rectify.plan-due */
            state: string;
        };
        BulkDto: {
            /**
             * @description 批量同意或批量催办
             * @enum {string}
             */
            action: "approve" | "urge";
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
            /** @description 任务 id（1–500 个） */
            taskIds: string[];
        };
        BulkItemErrorDto: {
            code: string;
            field: string | null;
            message: components["schemas"]["LocalizedTextDto"];
        };
        BulkItemResultDto: {
            /** @description why it was refused (not ok) */
            error?: components["schemas"]["BulkItemErrorDto"];
            ok: boolean;
            /** @description the Update’s answer (ok) */
            result?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            taskId: string;
        };
        BulkResultDto: {
            failed: number;
            results: components["schemas"]["BulkItemResultDto"][];
            succeeded: number;
        };
        CalendarDayDto: {
            /** @example 2025-10-01 */
            date: string;
            /** @example 国庆节、中秋节 */
            nameZhCN: string;
        };
        CalendarWarningResponse: {
            /** @example CALENDAR_YEAR_MISSING */
            code: string;
            text: components["schemas"]["CalendarWarningText"];
            /** @example 2027 */
            year: number;
        };
        CalendarWarningText: {
            /** @example 2027 has no holidays or make-up workdays: … */
            en: string;
            /** @example 2027 年尚无节假日与调休安排：…… */
            zhCN: string;
        };
        CalendarYearResponse: {
            /** @description whether any holiday or 调休 day is configured for the year */
            configured: boolean;
            holidays: components["schemas"]["CalendarDayDto"][];
            makeUpWorkdays: components["schemas"]["CalendarDayDto"][];
            /** @description empty when configured */
            warnings: components["schemas"]["CalendarWarningResponse"][];
            /** @example 248 */
            workingDays: number;
            /** @example 2025 */
            year: number;
        };
        CampaignDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            periodEnd: string;
            periodStart: string;
            rules: components["schemas"]["CampaignRulesDto"];
            /** @enum {string} */
            state: "open" | "ranked";
            title: string;
            workflowId: string;
        };
        CampaignLaunchedDto: {
            /** Format: uuid */
            campaignId: string;
            workflowId: string;
        };
        CampaignRankedDto: {
            /** @description 参与排名的党员数 */
            members: number;
            /** @description 参与排名的单位数 */
            units: number;
        };
        CampaignResultRowDto: {
            averages: components["schemas"]["SourceAveragesDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "unit" | "member";
            /** @description 单位或党员名称 */
            name: string;
            /** @description 映射的群众评价得分（%） */
            publicAppraisalPercent: number | null;
            /** @description 1 为最好；同分同名次 */
            rank: number;
            score: number;
        };
        CampaignRulesDto: {
            /** @description 三比评分表 */
            competitionSheet: components["schemas"]["CompetitionItemDto"][];
            /** @description 整改期限（天） */
            followUpDays: number;
            /** @description 群众评分低于此值即立整改任务 */
            lowPublicScoreBelow: number;
        };
        CampaignSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @description 窗口单位 */
            organisationName: string;
            /** @example 2027-06-30 */
            periodEnd: string;
            /** @example 2027-04-01 */
            periodStart: string;
            /** @enum {string} */
            state: "open" | "ranked";
            title: string;
        };
        CampaignTokensDto: {
            /** @description 群众评议码（每码一次） */
            tokens: string[];
        };
        CitedEvidenceDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "grading-tier" | "pledge-evaluation" | "campaign-result";
        };
        ClassificationPageDto: {
            branches: components["schemas"]["ClassifiedBranchDto"][];
            limit: number;
            offset: number;
        };
        ClassifiedBranchDto: {
            /** @description how the score was composed */
            explanation: {
                [key: string]: unknown;
            } | null;
            finalTier: string | null;
            /** @example QS-T01-V01 */
            organisationCode: string;
            /** Format: uuid */
            organisationId: string;
            proposedTier: string | null;
            /** @example 3 */
            rank: number | null;
            /** @description every move with its reason (quota, veto, objection) */
            reasons: {
                [key: string]: unknown;
            }[];
            /** @example 86.5 */
            score: number | null;
            /** @description the tier by score alone */
            scoreTier: string | null;
            /** @example village */
            sectorCode: string;
            /** Format: date-time */
            tierSignalledAt: string | null;
        };
        CloseFollowUpDto: {
            /** @description 整改情况 */
            resolution: string;
        };
        CommendationAdvancedDto: {
            /** @enum {string} */
            phase: "nominate" | "vet" | "publicise" | "decide" | "commended" | "rejected";
            /** Format: date-time */
            windowEndsAt?: string | null;
        };
        CommendationLaunchedDto: {
            /** Format: uuid */
            roundId: string;
            workflowId: string;
        };
        CommendationNoticeDto: {
            /** @description 公示期内：在评的推荐；表彰后：表彰名单；此前与未通过：空 */
            entries: components["schemas"]["CommendationNoticeEntryDto"][];
            /** @description 组织实施单位 */
            gradingUnitName: string;
            /** @enum {string} */
            phase: "nominate" | "vet" | "publicise" | "decide" | "commended" | "rejected";
            /**
             * Format: date-time
             * @description 公示截止（公示期内）
             */
            publicityEndsAt: string | null;
            title: string;
            year: number;
        };
        CommendationNoticeEntryDto: {
            /** Format: uuid */
            nominationId: string;
            /** @enum {string} */
            nomineeKind: "organisation" | "member";
            /** @description 被推荐的党组织或党员（姓名） */
            nomineeName: string;
            /** @description 推荐单位 */
            organisationName: string;
            /** @description 推荐理由（事迹） */
            reason: string;
            /** @enum {string} */
            state: "publicised" | "approved" | "commended";
        };
        CommendationObjectionDto: {
            /** Format: date-time */
            filedAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nominationId: string;
            reason: string;
            /** @enum {string} */
            status: "open" | "upheld" | "rejected";
        };
        CommendationRoundDto: {
            /**
             * Format: uuid
             * @description 审批流程（审批阶段）
             */
            approvalProcessId: string | null;
            /** Format: uuid */
            definitionId: string;
            /** Format: uuid */
            gradingUnitId: string;
            /** Format: uuid */
            id: string;
            nominations: components["schemas"]["NamedNominationDto"][];
            /** @enum {string} */
            phase: "nominate" | "vet" | "publicise" | "decide" | "commended" | "rejected";
            title: string;
            /**
             * Format: date-time
             * @description 考察 / 公示期截止
             */
            windowEndsAt: string | null;
            workflowId: string;
            year: number;
        };
        CommendationRoundSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            launchedAt: string;
            /** @description 推荐数 */
            nominations: number;
            /** @enum {string} */
            phase: "nominate" | "vet" | "publicise" | "decide" | "commended" | "rejected";
            title: string;
            /**
             * Format: date-time
             * @description 考察 / 公示期截止
             */
            windowEndsAt: string | null;
            year: number;
        };
        CompetitionEntryDto: {
            /**
             * @description 各评分项得分（0–100），键为评分表的 key
             * @example {
             *       "skills": 90
             *     }
             */
            itemScores: {
                [key: string]: number;
            };
            subjectId: string;
            /** @enum {string} */
            subjectKind: "unit" | "member";
        };
        CompetitionItemDto: {
            /** @description 评分项 key */
            key: string;
            name: components["schemas"]["LocalizedTextDto"];
            weight: number;
        };
        ContactLeaderDto: {
            name: string;
            position: string;
        };
        CopyDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
            /** @description 抄送给（1–50 人） */
            userIds: string[];
        };
        CorrectedRatingDto: {
            /** @description 更正后的逐项得分（与 overall 二选一） */
            items?: {
                [key: string]: number;
            };
            /** @description 更正后的百分制总分（与 items 二选一） */
            overall?: number;
        };
        CreatePipelineDefinitionDto: {
            /** @description Omit to start from the default of the kind and sector */
            body?: {
                [key: string]: unknown;
            };
            /**
             * @description Process kind (kebab-case): grading-cycle, pledge, …
             * @example grading-cycle
             */
            processKind: string;
            /**
             * @description Sector code: village, urban-community, agency, …
             * @example village
             */
            sectorCode: string;
        };
        CreateSectorDto: {
            /**
             * @description 领域编码（小写字母、数字、连字符）
             * @example rural-cooperative
             */
            code: string;
            /** @example rural cooperative */
            nameEn: string;
            /** @example 农民专业合作社 */
            nameZhCN: string;
        };
        DefaultPipelineDefinitionResponse: {
            body: {
                [key: string]: unknown;
            };
            practiceDefaults: components["schemas"]["PracticeDefaultMarkResponse"][];
        };
        DefinitionChangeResponse: {
            after?: Record<string, never>;
            before?: Record<string, never>;
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /** @example $.tiers.advancedMaxPercent */
            path: string;
        };
        DeputyRangeDto: {
            /**
             * @description 代理人
             * @example t01-supervisor
             */
            deputyId: string;
            /**
             * @description 开始时间（ISO 8601）
             * @example 2027-01-10T00:00:00+08:00
             */
            from: string;
            /**
             * @description 结束时间（不含，ISO 8601）
             * @example 2027-01-20T00:00:00+08:00
             */
            until: string;
        };
        EntryScoredDto: {
            /** @description 加权得分 */
            score: number;
        };
        ErrorResponseBody: {
            /** @example VALIDATION_FAILED */
            code: string;
            errors?: components["schemas"]["FieldErrorBody"][];
            /** @example message */
            field?: string;
            /** @description In the language asked for by Accept-Language (zh-CN by default) */
            message: string;
            messageEn: string;
            messageZhCN: string;
            /** @description Quote it when reporting a problem (also in X-Request-Id) */
            requestId?: string;
            /** @description every problem of a refused import, in file order */
            rowErrors?: components["schemas"]["RowErrorBody"][];
            /** @example 400 */
            statusCode: number;
        };
        EvaluatePledgeDto: {
            /** @description 成绩（领导点评必填） */
            achievements?: string;
            comment?: string;
            /** @description 评议人（自评、互评为党员 id；领导点评为用户名） */
            evaluatorId: string;
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /** @description 问题与方向（领导点评必填） */
            problemsAndDirection?: string;
            score: number;
            /**
             * @description 个人自评 / 党员互评 / 领导点评
             * @enum {string}
             */
            source: "self" | "peer" | "leader";
        };
        EvaluationResultDto: {
            band: components["schemas"]["ResultBandDto"];
            /** @description 各评议来源的平均分（self / peer / public / leader） */
            bySource: {
                [key: string]: number;
            };
            /**
             * @description 加权得分（两位小数）
             * @example 91.5
             */
            score: number;
            /** @description 实际采用的权重 */
            weights: {
                [key: string]: number;
            };
        };
        EvidenceDto: {
            /** @description 记录标识 — grading-tier: 晋位升级轮次 id; pledge-evaluation: 承诺 id; campaign-result: 活动 id. Looked up: it must exist and be the nominee’s, else 422 naming evidence[i].id */
            id: string;
            /**
             * @description 定级结果 / 承诺评议 / 三亮三比三评结果
             * @enum {string}
             */
            kind: "grading-tier" | "pledge-evaluation" | "campaign-result";
        };
        EvidenceFileDto: {
            /** @example application/pdf */
            contentType: string;
            /** @example 支部委员会会议记录.pdf */
            fileName: string;
            /** Format: uuid */
            id: string;
            /** @example leader-1 */
            itemKey: string | null;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            roundId: string;
            /** @example 182044 */
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 上传人（用户 id） */
            uploadedBy: string;
        };
        FeedBackPledgeDto: {
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /** @example 承诺完成较好，望继续保持 */
            message: string;
        };
        FieldErrorBody: {
            /** @example $.indicatorSheet.items[3].weight */
            field: string;
            /** @example message must not be empty */
            messageEn: string;
            /** @example message 不能为空 */
            messageZhCN: string;
            /** @example ITEM_WEIGHT_INVALID */
            rule: string;
        };
        FileObjectionDto: {
            /** @description 联系方式：手机、固话或电子邮箱（不公开） */
            contact: string;
            /**
             * Format: uuid
             * @description 被提出异议的党组织 id
             */
            organisationId: string;
            /** @description 实名（不公开） */
            realName: string;
            /** @description 异议理由（不公开） */
            reason: string;
        };
        FollowUpClosedDto: {
            /** Format: uuid */
            followUpId: string;
            /** @enum {string} */
            status: "closed";
        };
        FollowUpDto: {
            /** Format: uuid */
            campaignId: string;
            /** Format: date-time */
            deadlineAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            ratingId: string;
            /** @enum {string} */
            reason: "low-score" | "complaint";
            /** @enum {string} */
            status: "open" | "closed";
            /** @description 群众意见 */
            suggestion: string | null;
        };
        GradingProgressDto: {
            /** @example {} */
            final: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "open": 1
             *     }
             */
            objections: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "advanced": 2,
             *       "average": 7,
             *       "lagging": 1
             *     }
             */
            proposed: {
                [key: string]: number;
            };
            /** Format: date-time */
            publicityEndsAt: string | null;
            waitingFor: components["schemas"]["GradingWaitDto"] | null;
        };
        GradingRoundViewDto: {
            /** @description the pinned definition id per sector */
            definitionIds: {
                [key: string]: string;
            };
            /**
             * @description the day of the deploy (Asia/Shanghai)
             * @example 2026-11-25
             */
            deployOn: string;
            deployOverrideReason: string | null;
            /** Format: uuid */
            gradingUnitId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            launchedAt: string;
            launchedBy: string;
            progress: components["schemas"]["RoundProgressDto"];
            /** @example grade.collecting */
            state: string;
            workflowId: string;
            /** @example 2027 */
            year: number;
        };
        GradingWaitDto: {
            count: number;
            message: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            reason: "open-objections" | "previous-round-acceptance";
        };
        InboxNoticeDto: {
            bodyEn: string;
            bodyZhCN: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            link?: string | null;
            /** Format: date-time */
            readAt?: string | null;
            titleEn: string;
            titleZhCN: string;
        };
        InboxPageDto: {
            items: components["schemas"]["InboxNoticeDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description 未读总数 */
            unread: number;
        };
        InstantTriggerDto: {
            /** @enum {string} */
            kind: "phase-task" | "ad-hoc-task" | "emergency";
            /** @example 7月防汛抢险 */
            reference: string;
        };
        IssueCampaignTokensDto: {
            /** @description 评议码数量：每个只能评议一次 */
            count: number;
            /** @description 有效小时数 */
            validHours: number;
        };
        IssueOpinionTokensDto: {
            count: number;
            validHours: number;
        };
        IssuePublicLinksDto: {
            /** @description 链接数量：每个链接只能评议一次 */
            count: number;
            /** @description 有效天数 */
            validDays: number;
        };
        IssueRatingTokensDto: {
            /** @description 发放个数 */
            count: number;
            /**
             * Format: uuid
             * @description 被评议的党组织 id（purpose = appraisal 时必填）
             */
            organisationId?: string;
            /** @description 群众参评基数（户数、服务对象数等）；默认等于发放个数 */
            publicBase?: number;
            /**
             * @description appraisal 群众评议（须指定党组织）/ objection 公示期异议（本轮）
             * @enum {string}
             */
            purpose: "appraisal" | "objection";
            /** @description 有效期（小时） */
            ttlHours: number;
        };
        LaunchCampaignDto: {
            /** @description 窗口单位（组织） */
            organisationId: string;
            /** @example 2027-06-30 */
            periodEnd: string;
            /** @example 2027-04-01 */
            periodStart: string;
            /** @description 活动名称 */
            title: string;
        };
        LaunchCommendationDto: {
            /** @description 组织实施单位 */
            gradingUnitId: string;
            /** @description 评选名称（如 2027年“七一”表彰） */
            title: string;
            year: number;
        };
        LaunchedGradingRoundDto: {
            /** @description the pinned definition id per sector */
            definitionIds: {
                [key: string]: string;
            };
            /**
             * @description the day of the deploy (Asia/Shanghai)
             * @example 2026-11-25
             */
            deployOn: string;
            deployOverrideReason: string | null;
            /** Format: uuid */
            gradingUnitId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            launchedAt: string;
            launchedBy: string;
            progress: components["schemas"]["RoundProgressDto"];
            /** @example grade.collecting */
            state: string;
            /** @description a year its working-day deadlines may fall in has no holiday calendar (CALENDAR_YEAR_MISSING) */
            warnings: components["schemas"]["CalendarWarningResponse"][];
            workflowId: string;
            /** @example 2027 */
            year: number;
        };
        LaunchGradingRoundDto: {
            /** @description 各党组织确认收到通知的期限（ISO 时间）；默认 5 个工作日 */
            acknowledgeBy?: string;
            /**
             * Format: uuid
             * @description 组织实施单位（县委等）的组织 id
             */
            gradingUnitId: string;
            /** @description 在部署窗口（上年11月1日至当年3月31日）之外部署的理由，留痕审计 */
            overrideReason?: string;
            /**
             * @description 年度
             * @example 2027
             */
            year: number;
        };
        LeaderCommentDto: {
            /**
             * @description 集体 / 个别 / 随机 / 现场点评
             * @enum {string}
             */
            kind: "collective" | "individual" | "random" | "on-site";
            /** @description 被点评党员（集体点评不填） */
            memberId?: string;
            score: number;
            text: string;
        };
        LeaderCommentRecordedDto: {
            /** Format: uuid */
            commentId: string;
        };
        LinkMemberDto: {
            /**
             * Format: uuid
             * @description 党员 id of the member registry; null unlinks the user from their member
             */
            memberId: string | null;
        };
        LocalisedTextDto: {
            /** @example excellent */
            en: string;
            /** @example 好 */
            zhCN: string;
        };
        LocalizedTextDto: {
            /** @example Please submit the self-assessment on time */
            en: string;
            /** @example 请按时提交自评 */
            zhCN: string;
        };
        LoginDto: {
            /** @example a-long-passphrase */
            password: string;
            /** @example qs-admin */
            username: string;
        };
        MemberAppraisalDto: {
            /** @description 逐项打分（与 overall 二选一） */
            items?: {
                [key: string]: number;
            };
            /** @description 百分制总分（与 items 二选一） */
            overall?: number;
        };
        MemberDto: {
            /** @enum {string} */
            category: "regular" | "no-fixed-post" | "mobile" | "elderly-infirm";
            hostOrganisationCode: string | null;
            /**
             * Format: uuid
             * @description 流动党员的流入地党组织
             */
            hostOrganisationId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description masked: the whole number is never returned
             * @example 110***********002X
             */
            idNumberMasked: string;
            /** @example 张建国 */
            name: string;
            organisationCode: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /**
             * @description masked
             * @example 138****1234
             */
            phoneMasked: string | null;
            /** @description 年老体弱党员免于承诺 */
            pledgeExempt: boolean;
            /** @description 设岗定责的岗位 */
            post: string | null;
        };
        MemberIdentityDto: {
            /** Format: uuid */
            memberId: string;
            /** @description 姓名 */
            name: string;
            partyBadge: boolean;
            post: string;
            responsibilityArea: string | null;
        };
        MemberIdentityInputDto: {
            /**
             * Format: uuid
             * @description 本单位党员
             */
            memberId: string;
            /** @description 亮党员身份（佩戴党徽、党员先锋岗） */
            partyBadge: boolean;
            /**
             * @description 岗位
             * @example 综合受理岗
             */
            post: string;
            /** @description 党员责任区 */
            responsibilityArea?: string | null;
        };
        MemberImportReportDto: {
            /** @example 100 */
            created: number;
            /** @description true: validated only, nothing written */
            dryRun: boolean;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description members linked to users by the username (用户名) column
             * @example 3
             */
            linked: number;
            /**
             * @description data rows read (blank rows skipped)
             * @example 120
             */
            rows: number;
            /**
             * @description rows identical to what is stored: a re-import reports only these
             * @example 15
             */
            unchanged: number;
            /** @example 5 */
            updated: number;
        };
        MemberLinkDto: {
            /** Format: uuid */
            memberId: string | null;
            username: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description rows matching the filters, all pages together
             * @example 137
             */
            total: number;
        };
        MyPeerEvaluationDto: {
            /** @example /pledges/… */
            link: string;
            /**
             * Format: uuid
             * @description the caller’s member, the evaluator to name
             */
            memberId: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            pledgeId: string;
            /** @description 承诺人 */
            pledgerNames: string[];
            /** Format: date-time */
            requestedAt: string;
            /** @description 邀请人（用户名） */
            requestedBy: string;
        };
        MyTaskCountsDto: {
            cc: number;
            done: number;
            started: number;
            todo: number;
        };
        MyTaskDto: {
            /** @example branch-secretary */
            assigneeRole: string | null;
            /**
             * Format: date-time
             * @description 到达（待办）、办理（已办）、抄送或发起的时间
             */
            at: string;
            /** Format: date-time */
            deadlineAt: string | null;
            /** @description 代理：为谁办理 */
            deputyFor: string | null;
            /** @description stable key of the line, e.g. approval:<task id> */
            id: string;
            /**
             * @description approval-task · approval-copy · approval-started · superior-rating · plan-approval · acceptance · classification-approval · grading-action · step · peer-evaluation
             * @example superior-rating
             */
            kind: string;
            /**
             * @description the console page where it is done
             * @example /grading-rounds/…/branches/…
             */
            link: string;
            /** @description 可办理的审批操作（仅审批任务） */
            operations: ("approve" | "reject" | "transfer" | "delegate" | "resolve-delegation" | "add-signer" | "return" | "comment")[];
            /** Format: uuid */
            organisationId: string | null;
            organisationName: string | null;
            overdue: boolean;
            /** @description 流程，如 2027年度晋位升级 */
            process: components["schemas"]["LocalizedTextDto"];
            /**
             * @description the process source
             * @enum {string}
             */
            source: "approval" | "grading" | "step" | "peer-evaluation";
            /** @description 审批或党组织环节的当前状态 */
            status: string | null;
            /** @description 环节，如 上级评定 */
            step: components["schemas"]["LocalizedTextDto"];
            /** @example superior-rating */
            stepKey: string;
            /** @description 审批任务编号（POST /approval-tasks/:taskId/…） */
            taskId: string | null;
            /** @description 审批标题 */
            title: string | null;
            /**
             * @description 距期限的工作日数（北京时间、含调休）；0 = 今日到期，负数 = 已逾期的工作日数；无期限为 null
             * @example 3
             */
            workingDaysLeft: number | null;
        };
        MyTasksDto: {
            counts: components["schemas"]["MyTaskCountsDto"];
            items: components["schemas"]["MyTaskDto"][];
            /** @description 邀请我互评 — kept for earlier callers; the same requests are 待办 items (kind peer-evaluation) */
            peerEvaluations: components["schemas"]["MyPeerEvaluationDto"][];
            /** @enum {string} */
            view: "todo" | "done" | "cc" | "started";
        };
        NamedNominationDto: {
            evidence: components["schemas"]["CitedEvidenceDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nomineeId: string;
            /** @enum {string} */
            nomineeKind: "organisation" | "member";
            /** @description 被推荐的党组织或党员 */
            nomineeName: string;
            /**
             * Format: uuid
             * @description 推荐单位
             */
            organisationId: string;
            /** @description 推荐单位名称 */
            organisationName: string;
            reason: string;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            state: "nominated" | "vetted" | "not-vetted" | "publicised" | "withdrawn" | "approved" | "rejected" | "commended";
            /** @description 考察支持率（%） */
            supportPercent: number | null;
        };
        NominateDto: {
            evidence?: components["schemas"]["EvidenceDto"][];
            nomineeId: string;
            /**
             * @description 先进基层党组织 / 优秀共产党员
             * @enum {string}
             */
            nomineeKind: "organisation" | "member";
            /** @description 推荐单位 */
            organisationId: string;
            /** @description 推荐事迹 */
            reason: string;
        };
        NominationCreatedDto: {
            /** Format: uuid */
            nominationId: string;
        };
        NominationDto: {
            evidence: components["schemas"]["CitedEvidenceDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nomineeId: string;
            /** @enum {string} */
            nomineeKind: "organisation" | "member";
            /**
             * Format: uuid
             * @description 推荐单位
             */
            organisationId: string;
            reason: string;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            state: "nominated" | "vetted" | "not-vetted" | "publicised" | "withdrawn" | "approved" | "rejected" | "commended";
            /** @description 考察支持率（%） */
            supportPercent: number | null;
        };
        NotificationPreferencesDto: {
            /** @example zhibu@example.cn */
            email?: string | null;
            /** @description 开启邮件通知 */
            emailEnabled: boolean;
            /** @description 开启短信/消息推送 */
            webhookEnabled: boolean;
            /**
             * @description 短信/消息推送的接收号码
             * @example 13800000000
             */
            webhookTarget?: string | null;
        };
        ObjectionCountsDto: {
            open: number;
            rejected: number;
            upheld: number;
        };
        ObjectionCreatedDto: {
            /** Format: uuid */
            objectionId: string;
        };
        ObjectionDto: {
            /** @description 异议理由 */
            reason: string;
        };
        ObjectionListDto: {
            counts: components["schemas"]["ObjectionCountsDto"];
            objections: components["schemas"]["ObjectionPublicViewDto"][];
        };
        ObjectionPublicViewDto: {
            /** @example 2027-03-05 */
            decidedOn?: string;
            /** @example 2027-03-02 */
            filedOn: string;
            /** Format: uuid */
            id: string;
            /** @example QS-T01-V01 */
            organisationCode: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            status: "open" | "upheld" | "rejected";
        };
        ObjectionResolvedDto: {
            /** Format: uuid */
            objectionId: string;
            /** @enum {string} */
            status: "upheld" | "rejected";
        };
        OpenPledgeStepDto: {
            /** Format: date-time */
            deadlineAt: string | null;
            /** @example review */
            key: string;
        };
        OpinionCreatedDto: {
            /** Format: uuid */
            opinionId: string;
        };
        OpinionDto: {
            comment?: string;
            /** @enum {string} */
            stance: "support" | "oppose" | "abstain";
        };
        OpinionTokensDto: {
            /** @description 群众意见码（每码一次） */
            tokens: string[];
        };
        OrganisationDto: {
            /** @example QS-T01-V01 */
            code: string;
            gradingUnitCode: string;
            /** Format: uuid */
            gradingUnitId: string;
            /** Format: uuid */
            id: string;
            isGradingUnit: boolean;
            /** @enum {string} */
            kind: "committee" | "general-branch" | "branch" | "group";
            /** @enum {number} */
            managementMode: 1 | 2 | 3;
            /** @example 东岭镇青山村党支部 */
            name: string;
            /** @example village */
            sectorCode: string;
            territorialParentCode: string | null;
            /** Format: uuid */
            territorialParentId: string | null;
            verticalDepartmentCode: string | null;
            /** Format: uuid */
            verticalDepartmentId: string | null;
        };
        OrganisationImportReportDto: {
            /** @example 100 */
            created: number;
            /** @description true: validated only, nothing written */
            dryRun: boolean;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description stored organisations outside the file whose path or grading unit changed with it
             * @example 0
             */
            recomputed: number;
            /**
             * @description data rows read (blank rows skipped)
             * @example 120
             */
            rows: number;
            /**
             * @description rows identical to what is stored: a re-import reports only these
             * @example 15
             */
            unchanged: number;
            /** @example 5 */
            updated: number;
        };
        OrganisationLinesDto: {
            /** @description 抄送线: kept informed, never asked to approve */
            copyLine: components["schemas"]["OrganisationSummaryDto"][];
            /** @description 领导线: approves and receives escalations, nearest first, ending at the grading unit */
            leadingLine: components["schemas"]["OrganisationSummaryDto"][];
            organisation: components["schemas"]["OrganisationSummaryDto"];
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description rows matching the filters, all pages together
             * @example 137
             */
            total: number;
        };
        OrganisationSummaryDto: {
            /** @example QS-T01-V01 */
            code: string;
            /** Format: uuid */
            id: string;
            isGradingUnit: boolean;
            /** @enum {string} */
            kind: "committee" | "general-branch" | "branch" | "group";
            /** @enum {number} */
            managementMode: 1 | 2 | 3;
            /** @example 东岭镇青山村党支部 */
            name: string;
        };
        PeerEvaluationRequestResultDto: {
            /** @description 已邀请互评的党员（本次与此前） */
            askedMemberIds: string[];
            /** Format: uuid */
            pledgeId: string;
        };
        PeerReviewDto: {
            /** @description 被评议党员 */
            memberId: string;
            score: number;
        };
        PeerReviewRecordedDto: {
            reviewed: boolean;
        };
        PendingGradingApprovalDto: {
            /** @example QS-T01-V01 */
            organisationCode: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            roundId: string;
            /** @example village */
            sectorCode: string;
            /**
             * Format: date-time
             * @description 进入该状态的时间
             */
            since: string;
            /**
             * @description 待上级办理的状态：待上级评定 / 整改方案待审批 / 整改完成待考核验收
             * @enum {string}
             */
            state: "grade.awaiting-rating" | "rectify.plan-submitted" | "rectify.completed";
            /** @example 2027 */
            year: number;
        };
        PendingGradingApprovalPageDto: {
            items: components["schemas"]["PendingGradingApprovalDto"][];
            total: number;
        };
        PipelineDefinitionComparisonResponse: {
            changes: components["schemas"]["DefinitionChangeResponse"][];
            from: components["schemas"]["PipelineDefinitionSummaryResponse"];
            to: components["schemas"]["PipelineDefinitionSummaryResponse"];
        };
        PipelineDefinitionPageResponse: {
            items: components["schemas"]["PipelineDefinitionSummaryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PipelineDefinitionResponse: {
            body: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            practiceDefaults: components["schemas"]["PracticeDefaultMarkResponse"][];
            /** @description For a draft: what publishing would refuse today */
            problems: components["schemas"]["FieldErrorBody"][];
            /** @example grading-cycle */
            processKind: string;
            publishedAt?: Record<string, never> | null;
            publishedBy?: Record<string, never> | null;
            retiredAt?: Record<string, never> | null;
            retiredBy?: Record<string, never> | null;
            /** @example village */
            sectorCode: string;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** @example 1 */
            version: number;
        };
        PipelineDefinitionSummaryResponse: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            /** @example grading-cycle */
            processKind: string;
            publishedAt?: Record<string, never> | null;
            publishedBy?: Record<string, never> | null;
            retiredAt?: Record<string, never> | null;
            retiredBy?: Record<string, never> | null;
            /** @example village */
            sectorCode: string;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** @example 1 */
            version: number;
        };
        PlanApprovalDto: {
            /** @description 审批意见 */
            comment?: string;
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
        };
        PlanRequirementsDto: {
            /** @description 后进党组织须明确联系领导 */
            contactLeaderRequired: boolean;
            /**
             * @description 巩固先进 / 推动一般 / 整顿后进
             * @enum {string}
             */
            goal: "consolidate" | "push" | "rectify";
            /**
             * @description 进展报告最长间隔（月）
             * @example 6
             */
            reportIntervalMonths: number;
            superiorApprovalRequired: boolean;
            /**
             * @description 得分最低的指标：方案须逐一针对
             * @example [
             *       "venue",
             *       "support"
             *     ]
             */
            targets: string[];
            /** @enum {string} */
            tier: "advanced" | "average" | "lagging";
        };
        PlanReturnDto: {
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 退回理由（必填） */
            reason: string;
        };
        PlanReviewDto: {
            /** @enum {string} */
            decision: "approved" | "returned";
            /** @description 审批意见或退回理由 */
            text: string | null;
        };
        PlanTargetDto: {
            /** @example 2027-11-30 */
            dueOn: string;
            /** @example venue */
            indicator: string;
            /** @description 整改措施 */
            measures: string[];
            /** @description 突出问题 */
            problem: string;
            /** @description 责任人 */
            responsible: string;
        };
        PledgeCommandDto: {
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
        };
        PledgeItemDto: {
            /**
             * @description 完成时限（党组织承诺必填）
             * @example 2027-06-30
             */
            completionDate?: string;
            /** @example 每月走访困难群众两次 */
            content: string;
            /** @description 措施（党组织承诺必填） */
            measures?: string;
            /** @description 责任人（党组织承诺必填） */
            responsiblePerson?: string;
        };
        PledgeItemViewDto: {
            /** @example 2027-06-30 */
            completionDate?: string | null;
            content: string;
            measures?: string | null;
            responsiblePerson?: string | null;
        };
        PledgeLedgerLineDto: {
            /** @description 修订理由（第 1 版为空） */
            amendmentReason: string | null;
            /** @example 2027-08-31 */
            dueDate: string | null;
            /** @description 评议结果（评议结束后） */
            evaluationResult: components["schemas"]["EvaluationResultDto"] | null;
            /** @enum {string} */
            form: "individual" | "collective" | "with-public";
            id: number;
            items: components["schemas"]["PledgeItemViewDto"][];
            /** @enum {string} */
            kind: "annual" | "instant";
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            pledgeId: string;
            /** @enum {string} */
            pledgerKind: "member" | "branch";
            /** @description 承诺人姓名（党组织承诺为党组织名称） */
            pledgerNames: string[];
            /**
             * @description 承诺当前状态（每个版本行相同）
             * @enum {string}
             */
            pledgeState: "proposed" | "returned" | "approved" | "fulfilling" | "evaluating" | "evaluated" | "closed";
            /** Format: date-time */
            recordedAt: string;
            /** @description 登记人 */
            recordedBy: string;
            /** @description 即时承诺针对的任务或事件 */
            triggerReference: string | null;
            /** @description 台账版本（修订后 +1，旧版本保留） */
            version: number;
            year: number;
        };
        PledgeLiveDto: {
            evaluations: {
                [key: string]: unknown;
            }[];
            feedbackDelivered: boolean;
            items: components["schemas"]["PledgeItemViewDto"][];
            openStep: components["schemas"]["OpenPledgeStepDto"] | null;
            /** Format: uuid */
            pledgeId: string;
            result: {
                [key: string]: unknown;
            } | null;
            returnReason: string | null;
            seq: number;
            /** @enum {string} */
            state: "proposed" | "returned" | "approved" | "fulfilling" | "evaluating" | "evaluated" | "closed";
        };
        PledgeProposedDto: {
            /** Format: uuid */
            pledgeId: string;
            workflowId: string;
        };
        PledgeRecordDto: {
            /** Format: uuid */
            definitionId: string;
            definitionVersion: number;
            dueDate: string | null;
            feedback: string | null;
            /** @example individual */
            form: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["PledgeItemViewDto"][];
            /** @enum {string} */
            kind: "annual" | "instant";
            leads: string[];
            memberId: string | null;
            memberIds: string[];
            /** Format: uuid */
            organisationId: string;
            /** @example member */
            pledgerKind: string;
            proposedBy: string;
            result: {
                [key: string]: unknown;
            } | null;
            returnReason: string | null;
            seq: number;
            state: string;
            trigger: {
                [key: string]: unknown;
            } | null;
            workflowId: string;
            year: number;
        };
        PledgeStatusDto: {
            live: components["schemas"]["PledgeLiveDto"];
            pledge: components["schemas"]["PledgeRecordDto"];
        };
        PledgeUpdateResultDto: {
            /** @description 承诺台账版本 */
            ledgerVersion: number | null;
            /** Format: uuid */
            pledgeId: string;
            /** @description 评议结果 */
            result: {
                [key: string]: unknown;
            } | null;
            seq: number;
            /** @enum {string} */
            state: "proposed" | "returned" | "approved" | "fulfilling" | "evaluating" | "evaluated" | "closed";
            /** @description 提示审核人（不阻止） */
            warnings: Record<string, never>[];
        };
        PracticeDefaultMarkResponse: {
            /**
             * @example {
             *       "zhCN": "默认值，可配置",
             *       "en": "Default, configurable"
             *     }
             */
            label: Record<string, never>;
            /** @example $.tiers.advancedMaxPercent */
            path: string;
            /** @example SPEC §6 rule 6 */
            rule: string;
        };
        PreviousRoundLineDto: {
            /** @enum {string} */
            acceptance: "passed" | "not-passed" | "missing";
            failedChecks: string[];
            label: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            tier: "advanced" | "average" | "lagging";
            year: number;
        };
        ProgressReportDto: {
            /** @description true: 整改完成 — the branch declares the rectification complete (验收 opens) */
            complete?: boolean;
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 整改进展情况 */
            summary: string;
        };
        ProgressReportViewDto: {
            /**
             * Format: date-time
             * @description when it was reported
             */
            at: string;
            /** @description true: 整改完成 declared with this report */
            complete: boolean;
            summary: string;
        };
        ProposePledgeDto: {
            /**
             * @description 即时承诺的完成时限
             * @example 2027-08-31
             */
            dueDate?: string;
            /** @enum {string} */
            form: "individual" | "collective" | "with-public";
            items: components["schemas"]["PledgeItemDto"][];
            /** @enum {string} */
            kind: "annual" | "instant";
            /** @description 五带头：study / results / service / law / integrity */
            leads?: string[];
            /** @description 党组织承诺关联的党员承诺 */
            linkedPledgeIds?: string[];
            /**
             * Format: uuid
             * @description 承诺党员（党员承诺必填）
             */
            memberId?: string;
            /** @description 集体承诺的全体党员（含提出人） */
            memberIds?: string[];
            /**
             * Format: uuid
             * @description 承诺所在党组织（流动党员为流入地党组织）
             */
            organisationId: string;
            /** @enum {string} */
            pledgerKind: "member" | "branch";
            /** @description 即时承诺针对的任务或事件 */
            trigger?: components["schemas"]["InstantTriggerDto"];
            /** @example 2027 */
            year: number;
        };
        PublicAppraisalDto: {
            /** @description 逐项打分（与 overall 二选一） */
            items?: {
                [key: string]: number;
            };
            /** @description 百分制总分（与 items 二选一） */
            overall?: number;
            /** @description 是否满意（计入群众满意度） */
            satisfied: boolean;
            /** @description 评议码：签名、有限期、一次有效，只能评议发码时指定的党组织 */
            token: string;
        };
        PublicisePledgeDto: {
            /**
             * @description 通报的会议
             * @example 2027年1月支部党员大会
             */
            announcedAt?: string;
            /**
             * @description 公开截止时间
             * @example 2027-12-31T16:00:00Z
             */
            expiresAt: string;
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /**
             * @description 党内公开 / 向群众公开
             * @enum {string}
             */
            scope: "party" | "public";
        };
        PublicMemberIdentityDto: {
            /** @description 姓名 */
            name: string;
            /** @description 亮党员身份 */
            partyBadge: boolean;
            /** @description 岗位 */
            post: string;
            /** @description 党员责任区 */
            responsibilityArea: string | null;
        };
        PublicObjectionDto: {
            /** @description 联系方式：手机、固话或电子邮箱（不公开） */
            contact: string;
            /**
             * Format: uuid
             * @description 被提出异议的党组织 id
             */
            organisationId: string;
            /** @description 实名（不公开） */
            realName: string;
            /** @description 异议理由（不公开） */
            reason: string;
            /** @description 群众：本轮异议码（签名、有限期、一次有效） */
            token: string;
        };
        PublicOpinionDto: {
            comment?: string;
            /** @enum {string} */
            stance: "support" | "oppose" | "abstain";
            /** @description 评议码 */
            token: string;
        };
        PublicPledgeDto: {
            /** @description 承诺事项 */
            items: string[];
            /** @enum {string} */
            kind: "annual" | "instant";
            /** @description 链接有效期至 */
            linkExpiresAt: string;
            /** @description 链接已用过（每个链接只能评议一次） */
            linkUsed: boolean;
            /** @description 发布承诺的党组织 */
            organisationName: string;
            /** Format: uuid */
            pledgeId: string;
            year: number;
        };
        PublicRatingRecordedDto: {
            /**
             * Format: uuid
             * @description 投诉或低分时立的整改任务
             */
            followUpId: string | null;
            /** Format: uuid */
            ratingId: string;
        };
        PublicServiceBoardDto: {
            /** @description 亮身份 */
            members: components["schemas"]["PublicMemberIdentityDto"][];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @description 亮承诺（承诺公开栏） */
            pledges: components["schemas"]["BoardEntryDto"][];
            /** @description 亮标准 */
            standards: components["schemas"]["ServiceStandardDto"][];
            updatedAt: string | null;
        };
        PublishedPipelineDefinitionResponse: {
            published: components["schemas"]["PipelineDefinitionResponse"];
            /** @description The version it replaced */
            retired?: components["schemas"]["PipelineDefinitionResponse"] | null;
            /** @description this year or next (where its working-day deadlines fall) has no holiday calendar */
            warnings: components["schemas"]["CalendarWarningResponse"][];
        };
        PublishServiceBoardDto: {
            members: components["schemas"]["MemberIdentityInputDto"][];
            standards: components["schemas"]["ServiceStandardDto"][];
        };
        QuotaGroupDto: {
            /**
             * @description 先进名额上限
             * @example 3
             */
            advancedCap: number;
            /** @description 提出定级时的各等次数 */
            counts: components["schemas"]["TierCountsDto"];
            /** @example grading-unit */
            key: string;
            /**
             * @description 后进名额下限
             * @example 1
             */
            laggingFloor: number;
            laggingQuotaApplies: boolean;
            /**
             * @example [
             *       "village",
             *       "urban-community"
             *     ]
             */
            sectorCodes: string[];
            /**
             * @description 参与定额计算的党组织数
             * @example 10
             */
            size: number;
        };
        RateCampaignDto: {
            /** @description 是否投诉（须写明问题） */
            complaint?: boolean;
            /** @description 电子评价得分 */
            score: number;
            /** @description 意见箱 */
            suggestion?: string;
            /** @description 评议码 */
            token: string;
            /**
             * @description 网上投票
             * @enum {string}
             */
            vote: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        RatePledgeDto: {
            /** @description 意见建议 */
            comment?: string;
            score: number;
            /** @description 评议链接中的 token */
            token: string;
        };
        RectificationPlanDto: {
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 整改方案: { goal (consolidate|push|rectify, by the tier), startsOn, endsOn, targets: [{ indicator, problem, measures[], responsible, dueOn }], contactLeader? { name, position } (lagging: required), reportEveryMonths }. The targets must include the branch’s weakest indicators (planRequirements.targets); every problem is answered at once with its JSON path (422). */
            plan: {
                [key: string]: unknown;
            };
        };
        RectificationPlanViewDto: {
            contactLeader?: components["schemas"]["ContactLeaderDto"] | null;
            /** @example 2027-12-31 */
            endsOn: string;
            /** @example push */
            goal: string;
            /** @example 6 */
            reportEveryMonths: number;
            /** @example 2027-06-01 */
            startsOn: string;
            targets: components["schemas"]["PlanTargetDto"][];
        };
        RefreshTokenDto: {
            refreshToken: string;
        };
        ReplaceCalendarYearDto: {
            holidays: components["schemas"]["CalendarDayDto"][];
            /** @description Saturdays or Sundays that are working days */
            makeUpWorkdays: components["schemas"]["CalendarDayDto"][];
        };
        ReportProgressDto: {
            /** @description 已全部完成（结束履行，进入评议） */
            completed?: boolean;
            /** @description 佐证材料（链接或说明） */
            evidence?: string[];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /** @example 已走访困难群众 12 户 */
            note: string;
            percent: number;
        };
        RequestPeerEvaluationDto: {
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /** @description 邀请互评的党员（本支部党员，不含承诺人） */
            memberIds: string[];
        };
        ResolveCommendationObjectionDto: {
            /** @description 是否成立（成立则撤销该推荐） */
            uphold: boolean;
        };
        ResolveObjectionDto: {
            /** @description 采纳时必填：更正后的上级评定 */
            correctedRating?: components["schemas"]["CorrectedRatingDto"];
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 处理理由（不公开） */
            note: string;
            /**
             * @description upheld 采纳（该党组织重新定级）/ rejected 不予采纳（等次不变）
             * @enum {string}
             */
            outcome: "upheld" | "rejected";
        };
        ResultBandDto: {
            /** @example excellent */
            key: string;
            /** @example 90 */
            minScore: number;
            name: components["schemas"]["LocalisedTextDto"];
        };
        ReturnClassificationDto: {
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 退回理由（必填） */
            reason: string;
        };
        ReturnDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
            /**
             * @description 退回到的前序环节标识
             * @example review
             */
            toStep: string;
        };
        ReviewPledgeDto: {
            /** @enum {string} */
            decision: "approve" | "return";
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            /** @description 退回理由（退回时必填） */
            reason?: string;
        };
        RevisePledgeDto: {
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example review-2027-0001
             */
            idempotencyKey: string;
            items: components["schemas"]["PledgeItemDto"][];
        };
        RoleAssignmentDto: {
            /**
             * @description 组织编码 — the role applies within this organisation
             * @example QS
             */
            organisationCode: string;
            /** @enum {string} */
            role: "administrator" | "supervisor" | "branch-secretary" | "member" | "security-administrator" | "audit-administrator";
        };
        RoleGrantDto: {
            /** Format: uuid */
            organisationId: string;
            /** @example administrator */
            role: string;
        };
        RoundActionDto: {
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
        };
        RoundOverdueDto: {
            bySector: components["schemas"]["SectorOverdueDto"][];
            /**
             * @example {
             *       "deploy-acknowledge": 1,
             *       "self-assessment": 2
             *     }
             */
            byStep: {
                [key: string]: number;
            };
            /** @example 3 */
            total: number;
        };
        RoundProgressDto: {
            /** @example 10 */
            branches: number;
            bySector: components["schemas"]["SectorProgressDto"][];
            /**
             * @example {
             *       "deploy.notified": 10
             *     }
             */
            byState: {
                [key: string]: number;
            };
            grading: components["schemas"]["GradingProgressDto"];
            overdue: components["schemas"]["RoundOverdueDto"];
        };
        RoundUpdateResultDto: {
            /** @example proposeClassification */
            action: string;
            /** @description 拟定等次统计：branches, byTier, movedByQuota */
            classification?: Record<string, never>;
            /** @example grade.collecting */
            from: string;
            /** @description 异议处理结果：id, outcome, changedBranches */
            objection?: Record<string, never>;
            /** @description 公示截止时间 */
            publicityEndsAt?: string;
            /** @example grade.proposed */
            to: string;
        };
        RowErrorBody: {
            /** @example IMPORT_UNKNOWN_ORGANISATION */
            code: string;
            /** @example territorial_parent_code */
            column: string | null;
            /** @example territorial_parent_code "QS-X" is neither in the file nor in the system */
            messageEn: string;
            /** @example 上级党组织编码“QS-X”在文件和系统中都不存在 */
            messageZhCN: string;
            /** @example 7 */
            row: number;
        };
        SaveUserDto: {
            /** @example 王组织 */
            displayName: string;
            /** @description replaces the roles the user held */
            roles: components["schemas"]["RoleAssignmentDto"][];
        };
        SectorDto: {
            /** @description seeded with the system (the eight sectors of the documents) */
            builtin: boolean;
            /** @example village */
            code: string;
            /** @example village */
            nameEn: string;
            /** @example 行政村 */
            nameZhCN: string;
        };
        SectorOverdueDto: {
            /**
             * @example {
             *       "self-assessment": 2
             *     }
             */
            byStep: {
                [key: string]: number;
            };
            /** @example village */
            sectorCode: string;
            /** @example 2 */
            total: number;
        };
        SectorProgressDto: {
            /** @example 6 */
            branches: number;
            /**
             * @example {
             *       "deploy.notified": 6
             *     }
             */
            byState: {
                [key: string]: number;
            };
            /** @example village */
            sectorCode: string;
        };
        SectorTierDistributionDto: {
            /** @example 9 */
            branches: number;
            /** @description 最终等次 */
            final: components["schemas"]["TierCountsDto"];
            /** @description 拟定等次 */
            proposed: components["schemas"]["TierCountsDto"];
            /** @example village */
            sectorCode: string;
        };
        SelfAssessmentDto: {
            /**
             * @description 佐证材料：每个子项引用已上传的材料 id（POST …/evidence 的答复）
             * @example {
             *       "leader-1": [
             *         "6f1c2d3e-0000-4000-8000-000000000001"
             *       ]
             *     }
             */
            evidence?: {
                [key: string]: string[];
            };
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /**
             * @description 自评：指标表每个子项的得分（0 至该子项分值，至多两位小数）
             * @example {
             *       "leader-1": 8.5
             *     }
             */
            items: {
                [key: string]: number;
            };
            /** @description 说明 */
            note?: string;
        };
        SendNotificationDto: {
            body: components["schemas"]["LocalizedTextDto"];
            link?: string | null;
            /** @example secretary-01 */
            recipient: string;
            /**
             * @description 事由标识：同一事由对同一人只发送一次
             * @example round-2026/self-assessment
             */
            reference: string;
            title: components["schemas"]["LocalizedTextDto"];
        };
        ServiceBoardContentDto: {
            members: components["schemas"]["MemberIdentityDto"][];
            standards: components["schemas"]["ServiceStandardDto"][];
            /** @description 最近更新时间；未发布时为空 */
            updatedAt: string | null;
        };
        ServiceStandardDto: {
            /**
             * @description 服务事项
             * @example 个体工商户设立登记
             */
            item: string;
            /**
             * @description 工作流程（按顺序）
             * @example [
             *       "受理",
             *       "审核",
             *       "发照"
             *     ]
             */
            process: string[];
            /**
             * @description 办结时限
             * @example 即办
             */
            timeLimit: string;
        };
        SetPasswordDto: {
            /** @description 至少 12 位、至多 72 字节，含小写、大写、数字、其他字符中的至少三类，不含用户名，不是常见密码 / 12 characters to 72 bytes, three of lower, upper, digits, other; not containing the username; not a common password */
            password: string;
        };
        SourceAveragesDto: {
            /** @description 三比 */
            competition: number | null;
            /** @description 领导点评 */
            leader: number | null;
            /** @description 党员互评 */
            peer: number | null;
            /** @description 群众评议 */
            public: number | null;
        };
        StartApprovalDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /** @description 所属组织：期限提醒与逐级督办沿其领导线 */
            organisationId?: string;
            /**
             * @description 各环节的人员，按环节标识：{ signers: 审批人（依次审批时按此顺序）, cc?: 环节开始时抄送 }
             * @example {
             *       "review": {
             *         "signers": [
             *           "a",
             *           "b"
             *         ],
             *         "cc": [
             *           "c"
             *         ]
             *       }
             *     }
             */
            people: {
                [key: string]: unknown;
            };
            /** @description 环节（与流程定义的 steps 同一格式：quorum、deadline、reminders、escalation、approval） */
            steps: Record<string, never>[];
            /** @description 督办人（可催办） */
            supervisors?: string[];
            /**
             * @description 审批事项
             * @example 长家庄党支部 2027 年度评定结果审核
             */
            title: string;
        };
        StartedSmokeCheckDto: {
            checkId: string;
            /** @example smoke-check/3f0c… */
            workflowId: string;
        };
        StartSmokeCheckDto: {
            /**
             * @description 留言（1–200 字）
             * @example 第一次运行
             */
            message: string;
            /**
             * @description Pause between the two activities, in ms (0–60000)
             * @default 2000
             */
            pauseMs: number;
        };
        SuperiorRatingDto: {
            /** @description 评语 */
            comment?: string;
            /** @description 幂等键: a repeat with the same key returns the first result */
            idempotencyKey: string;
            /** @description 上级评定：逐项打分（与 overall 二选一） */
            items?: {
                [key: string]: number;
            };
            /** @description 上级评定：百分制总分（与 items 二选一） */
            overall?: number;
        };
        TierCountsDto: {
            /** @example 2 */
            advanced: number;
            /** @example 6 */
            average: number;
            /** @example 1 */
            lagging: number;
        };
        TierDistributionDto: {
            bySector: components["schemas"]["SectorTierDistributionDto"][];
            /** Format: date-time */
            publicityEndsAt: string | null;
            /** @description the quota groups of the last proposal */
            quotaGroups: components["schemas"]["QuotaGroupDto"][] | null;
            /** @example grade.publicity */
            state: string;
        };
        TransferDto: {
            comment?: components["schemas"]["ApprovalCommentDto"];
            /**
             * @description 幂等键：同一键重复提交返回第一次的结果
             * @example approve-0001
             */
            idempotencyKey: string;
            /**
             * @description 转办 / 委派给谁
             * @example qs-supervisor
             */
            to: string;
        };
        UpdatePipelineDefinitionDto: {
            /** @description PipelineDefinitionBody (libs/domain/src/pipeline/pipeline-definition.types.ts) */
            body: {
                [key: string]: unknown;
            };
        };
        UserDto: {
            displayName: string;
            /** Format: uuid */
            id: string;
            roles: components["schemas"]["UserRoleDto"][];
            username: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description rows matching the filters, all pages together
             * @example 137
             */
            total: number;
        };
        UserRoleDto: {
            organisationCode: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "administrator" | "supervisor" | "branch-secretary" | "member" | "security-administrator" | "audit-administrator";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApprovalsController_deputyRanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_addDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeputyRangeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_removeDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_list: {
        parameters: {
            query: {
                /** @description todo 待办 / done 已办 / copied 抄送我 / started 我发起的 */
                list: "todo" | "done" | "copied" | "started";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalListDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_addSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddSignerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_delegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_removeSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_return: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_urge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 催办过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalTasksController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是该任务的办理人 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartApprovalDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_copy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ApprovalsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 未登录或令牌无效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前状态不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    AuditController_page: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description from (inclusive), ISO 8601 */
                from?: string;
                objectId?: string;
                objectType?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
                /** @description to (exclusive), ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the caller does not hold the role audit-administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    AuditController_exportCsv: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description from (inclusive), ISO 8601 */
                from?: string;
                objectId?: string;
                objectType?: string;
                /** @description to (exclusive), ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the caller does not hold the role audit-administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the caller does not hold the role audit-administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description wrong username or password (one answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /**
             * @description locked after repeated failures
             *
             *     too many requests from this address (Retry-After says when to retry)
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatedUserDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CalendarController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CalendarController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem, with its path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CalendarController_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CalendarController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .ics（全天日程，含“班”为上班）或 .xlsx/.csv（列：日期 / 类型（放假|上班）/ 名称），不超过 1 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem, with its row or event and field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query: {
                /** @description 组织：其本身及下级单位的活动 */
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSummaryDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignLaunchedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_entry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompetitionEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryScoredDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_followUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_closeFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                followUpId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFollowUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpClosedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderCommentRecordedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeerReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerReviewRecordedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_rank: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRankedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCampaignTokensDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTokensDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResultRowDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_list: {
        parameters: {
            query: {
                /** @description 组织实施单位 */
                gradingUnitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationRoundSummaryDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchCommendationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationLaunchedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationRoundDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_advance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvanceCommendationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationAdvancedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_commended: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_nominate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationCreatedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationObjectionDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objectionId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveCommendationObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResolvedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueOpinionTokensDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionTokensDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PendingGradingApprovalsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingGradingApprovalPageDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchGradingRoundDto"];
            };
        };
        responses: {
            /** @description the round, with a warning for each year its deadlines may fall in that has no holiday calendar */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchedGradingRoundDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description unknown unit, or a sector without a published definition */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description already launched for this unit and year */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description outside the deploy window without a reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the round with its progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingRoundViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator of the round’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_recordAcceptance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor on the leading line */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description a check unanswered, an indicator without comment */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BranchActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_memberAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAppraisalDto"];
            };
        };
        responses: {
            /** @description { id, total } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a member of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description already appraised, or appraisal closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every score problem, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SelfAssessmentEvidenceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary (upload) or no reader of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description unknown round, branch not in it, unknown file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SelfAssessmentEvidenceController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 佐证材料（pdf / png / jpg / jpeg / docx / xlsx / pptx，不超过 10 MB）
                     */
                    file: string;
                    /** @description 所佐证的指标子项（选填） */
                    itemKey?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary (upload) or no reader of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description unknown round, branch not in it, unknown file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the self-assessment is already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description empty, or not a PDF / image / Office file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SelfAssessmentEvidenceController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary (upload) or no reader of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description unknown round, branch not in it, unknown file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_facts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BranchFactsDto"];
            };
        };
        responses: {
            /** @description recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor on the leading line */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_publicAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicAppraisalDto"];
            };
        };
        responses: {
            /** @description { id, total } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description forged, unknown or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the token belongs to another branch or round */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the token was used, or appraisal closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every score problem, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description from the projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchRectificationViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description neither its secretary, a member, a supervisor on its leading line nor an administrator of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_submitPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectificationPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem of the plan, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_approvePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor on the leading line */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_returnPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor on the leading line */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRectificationController_reportProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_selfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the secretary of this branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every score problem, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_superiorRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuperiorRatingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchActionResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor on the leading line */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every score problem, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_classification: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassificationPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator or supervisor of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor of the grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator of the grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description branches not ready, each named */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_returnClassification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnClassificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor of the grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description wrong step: nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description no reason given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingRoundsController_exportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator of the round’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_listObjections: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionListDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator or supervisor of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_fileObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileObjectionDto"];
            };
        };
        responses: {
            /** @description { id, status } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description neither secretary nor member of the branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description outside the publicity period */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem (name, contact, reason) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_resolveObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objectionId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a supervisor of the grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description no such objection in this round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not in publicity, or already resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description no note, or upheld without a corrected rating */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_filePublicObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicObjectionDto"];
            };
        };
        responses: {
            /** @description { id, status } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description forged, unknown or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description outside the publicity period, or token used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem (name, contact, reason) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_issueTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueRatingTokensDto"];
            };
        };
        responses: {
            /** @description { tokens } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator of the grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the round is not collecting appraisals */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    GradingClassificationController_distribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierDistributionDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator or supervisor of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    HealthController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description both reachable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description at least one is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
                /** @description 只看未读 */
                unreadOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    InboxController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                /** @description 党员类别 */
                category?: "regular" | "no-fixed-post" | "mobile" | "elderly-infirm";
                /** @description 党员组织关系所在的组织 */
                organisationId?: string;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
                /** @description 该组织及其下级（块）中的党员 */
                subtreeOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    MembersController_import: {
        parameters: {
            query?: {
                /** @description 只校验、不写入 — validate only, write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .csv（UTF-8 或 GBK）或 .xlsx，第一行为表头
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberImportReportDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /**
             * @description an organisation outside the caller's grading unit
             *
             *     the caller does not hold the role administrator
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    MyTasksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description 跳过的条数（分页） */
                offset?: number;
                /** @description 待办 todo / 已办 done / 抄送我 cc / 我发起的 started */
                view?: "todo" | "done" | "cc" | "started";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTasksDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionCreatedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_opinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpinionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionCreatedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    NotificationController_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendNotificationDto"];
            };
        };
        responses: {
            /** @description delivery started (or already started for this reference) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /**
             * @description the recipient is outside the administrator’s grading units
             *
             *     the caller does not hold the role administrator
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    NotificationController_listDeadLetters: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    NotificationController_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recipient: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    NotificationController_putPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recipient: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description 管理模式 — management mode */
                managementMode?: 1 | 2 | 3;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
                /** @description 名称或编码中包含的文字 — text in the name or code */
                q?: string;
                /** @description 领域编码 — sector code */
                sector?: string;
                /** @description 只列出该组织及其下级（块） — the organisation and its territorial subtree */
                subtreeOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description subtreeOf names no organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description outside the caller’s scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    OrganisationsController_lines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationLinesDto"];
                };
            };
            /** @description outside the caller’s scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_board: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardEntryDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_drive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgeDriveController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_lines: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeLedgerLineDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 不是本党组织或其上级 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_xlsx: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ServiceBoardController_board: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicServiceBoardDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ServiceBoardController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceBoardContentDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    ServiceBoardController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishServiceBoardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceBoardContentDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem at once, each by its path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    OrganisationsController_import: {
        parameters: {
            query?: {
                /** @description 只校验、不写入 — validate only, write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .csv（UTF-8 或 GBK）或 .xlsx，第一行为表头
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationImportReportDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /**
             * @description an organisation written outside the caller's grading unit
             *
             *     the caller does not hold the role administrator
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionQueriesController_listDefinitions: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
                processKind?: string;
                sectorCode?: string;
                status?: "draft" | "published" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionPageResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_createDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePipelineDefinitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description a draft of this kind and sector exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description no default for the kind, or body for another kind */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionQueriesController_byId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_updateDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePipelineDefinitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_deleteDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedPipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description every problem, each with its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionCommandsController_startNextVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the source is a draft, or a draft exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionQueriesController_compareVersions: {
        parameters: {
            query: {
                /** @description id of the version compared from */
                from: string;
                /** @description id of the version compared to */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionComparisonResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionQueriesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processKind: string;
                sectorCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description nothing published */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PipelineDefinitionQueriesController_defaultDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                processKind: string;
                sectorCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefaultPipelineDefinitionResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the kind has no default */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_suggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sectorCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposePledgeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeProposedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeStatusDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendPledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_conclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluatePledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_feedBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedBackPledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PeerEvaluationController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPeerEvaluationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerEvaluationRequestResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not the branch secretary of the pledge's branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the pledge is not being fulfilled or evaluated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description a member outside the branch, or the pledger */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PublicEvaluationController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssuePublicLinksDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_publicise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicisePledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PledgesController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisePledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description 当前环节不允许此操作，状态不变 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CampaignsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRatingRecordedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommendationNoticeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    CommendationsController_publicOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicOpinionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpinionCreatedDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PublicEvaluationController_describe: {
        parameters: {
            query: {
                /** @description 评议链接中的 token */
                token: unknown;
            };
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPledgeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    PublicEvaluationController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatePledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeUpdateResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many requests from this address (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SectorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorDto"][];
                };
            };
        };
    };
    SectorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSectorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SmokeCheckController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSmokeCheckDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedSmokeCheckDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description too many smoke checks by this user (Retry-After says when to retry) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    SmokeCheckController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                checkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description workflow status, stage, database row and inbox notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数（1–200） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description neither a security nor a system administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    UsersController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits, . _ - */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description not a security administrator, the caller's own account (OWN_ACCOUNT_ROLES), or a role (held or given) outside the caller's grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description unknown organisation, a role where it cannot be held, or two administrator duties for one user (ADMINISTRATOR_DUTIES_COMBINED, 三员分立) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    UsersController_linkMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits, . _ - */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberLinkDto"];
                };
            };
            /** @description not an administrator of the member's grading unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description no such user or member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            /** @description the member is linked to another user */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    UsersController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits, . _ - */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description neither the user nor a security administrator of the user's grading unit (a security administrator's own account: OWN_ACCOUNT_ROLES does not apply to their own password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
}
