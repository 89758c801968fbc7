"""The checklist on the corpora, scored by scripts/evaluate.py.

* The development corpus (tests/corpus/) stays at the targets of issue 10: every element's
  recall ≥ 95 %, no part reported present that the document does not have, and
  ``--rulebook auto`` right on ≥ 95 % of the documents.
* The holdout corpus (tests/corpus-holdout/, written blind; no longer blind since the second
  round tuned on its misses) does not slide back below what that round reached: its floors.
* The second holdout (tests/corpus-holdout2/, written blind by a helper who never read the rules;
  its one blind run: 91.8 % recall, 1 false present; a later round fixed three kinds of its
  misses — ordinal headings 第一，, heading lines ending in a quoted term, a campaign against
  corruption as the sixth part — so it is no longer blind either) keeps its floors too.
* The third holdout (tests/corpus-holdout3/, 30 documents written blind in session 22; its one
  blind run: 96.8 % recall, 0 false present, auto 100 %, residue strings 60.5 %; a round then
  fixed kinds — a bare or bracketed heading opening with a year (2026年工作思路), a heading naming
  a second part in part (以严的基调正风肃纪: conduct too), 制度建设 read from a vague heading's
  body, a web copy's site heading above the real title, page information and paywall lines —
  so it is no longer blind) keeps its floors.
* The fourth holdout (tests/corpus-holdout4/, 24 documents written blind in session 22 after the
  third's round; its blind run: 92.6 % recall, 0 false present, auto 100 %, residue 52.8 %; its
  round: 第一部分 headings, 政治思想建设, the body of the last part stopping where an unheaded
  problems paragraph opens, 健全制度 and anti-corruption body words, numbers continued across lines
  that lost their breaks, a site's list of related documents, more paywall lines, [单位名称]) keeps
  its floors.
* The fifth holdout (tests/corpus-holdout5/, 24 documents written blind in session 22 after the
  fourth's round, genres balanced, WeChat-article residue; its blind run: 85.6 % recall, 0 false
  present, auto 95.8 %, residue 32.9 %; its round: WeChat chrome (follow prompts, credits, bylines,
  往期推荐 lists), document-site names, 01/02 headings, 下半年怎么抓/我们这样干/来年重点/开方 plan
  headings, 严规矩, 建制度) keeps its floors.
* The sixth to ninth holdouts (session 23: unit kinds and nesting; residue of many kinds of page;
  text from PDF and Word copies; plain-spoken units) and the tenth and eleventh (session 24:
  numbering and typography people really type; formal 公文, slogan headings, merged parts) and
  twelfth to nineteenth (units of every sector, text from PDF and OA systems; the genres' edges;
  full-length reports; text out of Word and WPS; a reviewer's inbox; party-building reports and
  speeches; reports from official portals; drafts from document sites) keep the floors of their
  rounds (HOLDOUTS).
* Titles: the outline finds each document's title on the lines its truth file gives, on every
  corpus but for the known few (TITLES_WRONG).
* The deletion experiment (scripts/deletion.py): each part cut out of a corpus document is not
  then reported present somewhere else, but for the known case.
"""

import importlib.util
import json

import pytest

from conftest import ROOT

TARGET_RECALL = 95.0
TARGET_AUTO = 95.0

#: Each holdout's floors (docs/development.md): its folder under tests/, how many documents at
#: least, then recall, false present at most, auto genre, and — where recorded — residue and
#: placeholder strings found, placeholder/residue findings on no truth string at most, and parts found
#: but reported too thin (weak) at most (0 unless given).
HOLDOUTS = {
    # 214 of 215 parts — the one miss is a speech that ends in an exhortation, which the
    # development corpus counts as no closing formula.
    "holdout": dict(folder="corpus-holdout", docs=40, recall=99.5, false_present=0, auto=100.0),
    # 153 of 159 parts after its round (154 since session 22's 病根/病因); the one false present
    # is 惩治腐败 written inside a township's discipline part, taken as the sixth part.
    # (98.1 since session 24's ranking and 思想教育)
    "holdout2": dict(folder="corpus-holdout2", docs=30, recall=99.4, false_present=1, auto=100.0),
    # every part, every residue string; the one placeholder string not reported is a
    # surname + 某 (陈某), which reports write for names left out.
    "holdout3": dict(folder="corpus-holdout3", docs=30, recall=100.0, false_present=0, auto=100.0,
                     residue=100.0, placeholders=90.0, false_strings=0),
    # every part, every placeholder and residue string; one genre of 24 chosen wrong since session 23:
    # a 党建工作报告 whose truth is the annual report (six parts), and that title now names the
    # party-building genre (11 of 12 such titles in the blind sets are party-building reports).
    "holdout4": dict(folder="corpus-holdout4", docs=24, recall=100.0, false_present=0, auto=95.8,
                     residue=100.0, placeholders=100.0, false_strings=0),
    # 88 of 90 parts (the two left: achievements as unnumbered bold lines without an umbrella, a
    # problems umbrella above the true part), residue strings 94.7 %.
    # (100 since session 24: a 存在的不足及下一步打算 part over its two sub-parts splits)
    "holdout5": dict(folder="corpus-holdout5", docs=24, recall=100.0, false_present=0, auto=100.0,
                     residue=98.7, placeholders=100.0, false_strings=0),
    # Session 23's blind sets, after their round (blind: 90.9 % / 64.2 % residue and 95.2 % / 55.2 %).
    # holdout6 keeps four misses: a 一体推进不敢腐… part taken for discipline beside the real one, and
    # a project department's level-3 run-in items (1.持续纠“四风” / 2.严明纪律规矩 / 3.…反腐) under one
    # （三）正风肃纪 umbrella.
    # (97.7 since session 24: the tax bureau's 一体推进… sixth part, after a part naming discipline)
    # (auto 96.4 since session 32: its ＊＊中学党总支…党建工作总结 is a work summary here, while five later sets
    # read a grassroots Party organization's 党建工作总结 as a party-building report — holdout9, 15, 109, 115)
    "holdout6": dict(folder="corpus-holdout6", docs=28, recall=100.0, false_present=0, auto=96.4,
                     residue=100.0, placeholders=100.0, false_strings=0),
    # holdout7: the one miss is conduct in a 加强党风廉政建设 part that tells of 八项规定 (the truth counts
    # it for conduct too, the heading names discipline only); the one string on no truth
    # is an X the truth file did not list among its X件/X次 placeholders.
    "holdout7": dict(folder="corpus-holdout7", docs=24, recall=99.0, false_present=0, auto=100.0,
                     residue=100.0, placeholders=100.0, false_strings=1),
    # Written after holdout6/7's round (blind: 96.7 %, residue 87.2 %; 87.3 %, residue 95.8 %, auto 88.5 %).
    # holdout8 keeps a part headed by its own words that a 下一步 paragraph ends (next steps in truth),
    # a （五）党纪学习教育 part beside a later discipline heading; its four strings on no truth are ××
    # and ＸＸ that a page footer or a line break splits (the truth lists them whole).
    # (99.2 since session 24: the discipline part is the one whose heading names discipline first)
    "holdout8": dict(folder="corpus-holdout8", docs=26, recall=100.0, false_present=0, auto=100.0,
                     residue=100.0, placeholders=100.0, false_strings=4),
    # holdout9 keeps a numbered list of problems taken for a part, a ◆ before 六、; its two genres
    # chosen wrong are a 党支部年度工作总结 and a 党建工作总结及计划 that the truth counts as
    # party-building reports (other sets count a 党建工作总结 as a work summary).
    # (session 45: q03's 第一，…第四， leads all read, its list under 查摆出的问题主要有以下几条： the sentence's own —
    # found at its last item, 3.廉政风险点排查不够细……, and reported too thin: weak 1)
    "holdout9": dict(folder="corpus-holdout9", docs=26, recall=100.0, false_present=0, auto=92.3,
                     residue=100.0, placeholders=100.0, false_strings=0, weak=1),
    # Session 24's blind sets 10 and 11 (blind: 86.4 %, residue 86.7 %, 18 bold ** taken for
    # placeholders; 88.2 %, residue 72.3 %), after their round: every residue string. holdout10 keeps
    # one miss: a sixth part headed 深入开展医药领域腐败问题集中整治 with its text all in items (as a
    # heading term of its own, 腐败问题集中整治 took a discipline part's second clause for a sixth
    # part in the deletion experiment). holdout11 keeps one placeholder, 某某 inside a residue line.
    "holdout10": dict(folder="corpus-holdout10", docs=24, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    "holdout11": dict(folder="corpus-holdout11", docs=24, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=96.9, false_strings=0),
    # Session 24's blind sets 12 and 13, written while 10/11 were being fixed (blind, on the code
    # before that round: 97.4 %, residue 87.8 %; 91.0 %, residue 73.7 %; after 10/11's round, still
    # unseen: 97.4 % and 92.8 %). holdout12 keeps a 一体推进不敢腐… sixth part beside a discipline part
    # its heading names only in part (正风肃纪), and an OA red header (…机关党委文件) its truth counts as
    # residue (the rule keeps a document's own 文件 header). holdout13 keeps a 人大 report's 汇报 taken
    # for a work summary, and a lone ○.
    "holdout12": dict(folder="corpus-holdout12", docs=24, recall=99.1, false_present=0, auto=100.0,
                      residue=99.0, placeholders=100.0, false_strings=0),
    "holdout13": dict(folder="corpus-holdout13", docs=25, recall=100.0, false_present=0, auto=96.0,
                      residue=100.0, placeholders=95.0, false_strings=0),
    # Session 24's blind sets 14 (full-length reports) and 15 (text out of Word and WPS, the
    # genres' everyday kin), written while 10–13 were being fixed and scored once, unseen, after
    # those rounds: 92.0 %, residue 97.9 %; 91.3 %, residue 86.9 % (on the code before the session:
    # 89.0 % / 93.8 % and 85.4 % / 75.4 %, 8 strings on no truth). holdout14 keeps a
    # 【利剑高悬：让不敢腐不能腐不想腐一体推进见到实效】 sixth part and a WeChat 来源：<account> line;
    # holdout15 keeps a 党建工作总结 whose truth is a party-building report (a work summary by its title).
    "holdout14": dict(folder="corpus-holdout14", docs=20, recall=99.0, false_present=0, auto=100.0,
                      residue=97.9, placeholders=100.0, false_strings=0),
    "holdout15": dict(folder="corpus-holdout15", docs=24, recall=100.0, false_present=0, auto=95.8,
                      residue=98.4, placeholders=100.0, false_strings=0),
    # Session 24's last blind sets (a reviewer's inbox; party-building reports and speeches), written
    # after the rounds of 10–15 and scored once, unseen: 95.9 % (96.7 % once a ranking slip the set
    # showed was mended), residue 93.1 %; 95.7 %, residue 98.1 %, auto 91.7 % (on the code before the
    # session: 96.7 % / 87.9 % and 95.7 % / 92.5 %). holdout16 keeps a merged 严明纪律，一体推进“三不腐”
    # that the truth counts as the sixth part too (99.2 since a summary's 按照…部署 preamble is passed
    # over for the paragraph of work after it); holdout17 a merged 严明纪律规矩，坚定不移正风反腐 (its two
    # genres chosen wrong — a report to a 党员大会, a 党支部's 工作报告 — now name party-building reports).
    "holdout16": dict(folder="corpus-holdout16", docs=24, recall=99.2, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    "holdout17": dict(folder="corpus-holdout17", docs=24, recall=98.9, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 24's fourth wave (reports as published on official portals; drafts from document sites),
    # scored once, unseen, after the rounds of 10–17: 91.7 %, residue 89.8 %; 97.1 %, residue 89.0 %
    # (on the code before the session: 89.3 % / 85.7 % and 94.2 % / 78.7 %). Kept: a portal report's
    # 压实责任链条 that its truth counts as the political part, a merged 党风廉政建设和反腐败工作 part
    # that its truth counts for conduct and the sixth part too, a five-part 正风反腐 sixth part, a
    # 存在问题和下一步 heading whose truth starts the plan at its 下一步 paragraph; the second of two
    # pasted 述职报告, a personal part (三、…建强班子队伍上履职) the truth counts as organizational.
    # (holdout19 98.1 since the bold lines after a Markdown report's last ## part became its parts.)
    "holdout18": dict(folder="corpus-holdout18", docs=24, recall=96.7, false_present=0, auto=100.0,
                      residue=99.0, placeholders=95.2, false_strings=0),
    # (holdout19 98.1 since session 40: a 范文 page's 篇二 opens another piece, set aside — the set's q04 took
    # the second report's 下一步 for the first's; holdout269 marks the other pieces residue)
    "holdout19": dict(folder="corpus-holdout19", docs=24, recall=98.1, false_present=0, auto=100.0,
                      residue=99.4, placeholders=100.0, false_strings=0),
    # Session 24's last wave, after the rounds of 10–19, scored once unseen: holdout21 (the newest
    # reports: 2025 annual, 2026 quarters) 96.9 %, residue 98.0 % (98.0 % / 94.1 % on the code before
    # the session: the ranking put a 述责述廉's personal 廉洁自律 part above its 第四，…监督执纪 run-in
    # under a vague umbrella — mended: a vague umbrella adds no depth). Kept: a 5.深化集中整治 sixth
    # part, a merged 党风廉政建设和反腐败工作 the truth counts as the sixth part too.
    # holdout20 (16 reports of 4,000 characters and more), after the rounds of 10–19 and scored once
    # unseen: 97.7 %, residue 94.5 %, auto 93.8 % (95.5 % / 87.3 % / 87.5 % on the code before the
    # session); no round on its misses (a 述责述廉 taken for a speech, its merged 党风廉政建设和反腐败
    # part the truth counts as the sixth part too, a causes line inside the problems part) but two
    # residue lines.
    "holdout20": dict(folder="corpus-holdout20", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=98.2, placeholders=100.0, false_strings=0),
    "holdout21": dict(folder="corpus-holdout21", docs=20, recall=99.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 25, scored once unseen on the code before the session: holdout22 (the parts worded
    # every way: slogans 铸魂/固本/强基/正风/肃纪, work items for categories; courts, customs, banks)
    # 86.5 %, auto 95.0 %, residue 81.8 %; holdout23 (drafts with their source's residue: chat
    # assistants' answers, WeChat, 文库 sites, portals, 知乎, PDF) 92.3 %, residue 83.3 %, 18 bold
    # ** of a chat answer taken for placeholders (95.2 % after holdout22's first fixes, still unseen).
    # Kept: a part whose truth starts at its umbrella's first sub-heading (q04), 清廉机关建设 as the
    # sixth part, a speech ending in a pledge, a 村党支部's report chosen as a work summary.
    "holdout22": dict(folder="corpus-holdout22", docs=20, recall=98.1, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    "holdout23": dict(folder="corpus-holdout23", docs=20, recall=100.0, false_present=0, auto=100.0,
                      residue=99.2, placeholders=100.0, false_strings=0),
    # Session 26, scored once unseen on d230125: holdout24 (shapes mirrored from real public
    # reports) 96.6 %, residue 100 %; holdout25 (real pages, residue and all: 政务公开 tables,
    # 文库 menus, 美篇, news sites' 编者按 and 相关新闻, a Q&A answer's chatter) 96.3 %, residue 78.6 %.
    # Kept: speeches that end on a 同志们，… exhortation (most older truth files call that no closing),
    # 作风纪律建设 (jieba's one word 作风纪律 hides 作风), a WeChat account's bare name line.
    "holdout24": dict(folder="corpus-holdout24", docs=20, recall=99.1, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    "holdout25": dict(folder="corpus-holdout25", docs=20, recall=99.1, false_present=0, auto=95.0,
                      residue=99.1, placeholders=100.0, false_strings=0),
    # Session 27, scored once unseen on 778acaf: holdout26 (the annual report's kin, worded as real
    # units word them: 述责述廉, 第一责任人 述职, 对照检查材料, 党课, a village's slogan items) 95.5 %,
    # auto 90 %. Kept: a 警示教育 speech ending on a 同志们，… exhortation.
    # (weak 0 since session 32: a legal section's plan, 1.–5. below 2026年，法规科将着力抓好以下工作：, takes its items)
    "holdout26": dict(folder="corpus-holdout26", docs=20, recall=98.9, false_present=0, auto=95.0,
                      placeholders=100.0, false_strings=0),
    # holdout27 (copies from places earlier sets never pasted from: 政务号/百家号/网易号/头条号 pages, a
    # personal library, a 公文 site, a scanned PDF's OCR, a forwarded mail, WeChat and QQ group chats,
    # an OA routing slip, reading-mode and translation plug-ins), unseen on 778acaf: 97.2 %, residue
    # 66.9 %, one false string. Kept: a chat's speaker lines (党政办小吴：) and a mail's covering note.
    "holdout27": dict(folder="corpus-holdout27", docs=20, recall=99.1, false_present=0, auto=100.0,
                      residue=94.3, placeholders=100.0, false_strings=0),
    # holdout29 (drafts as they come out of Word and WPS: lost list numbering, 　　 indents, pandoc
    # Markdown with a pipe table, hand-typed mixed numbering, tab tables, spaced headings, PDF line
    # breaks, a 征求意见稿's editor notes, a three-line title), unseen on 778acaf: 96.6 %, residue 0 %
    # (the editor notes). Session 28: 100 % (查找问题11个，已整改10个 in a numbered sentence is work done,
    # not the problems part).
    # holdout28 (long reports at real proportions, four outline levels, umbrellas, sub-items in other
    # parts' words), unseen on 778acaf and after this session's rounds alike: 98.7 %. Kept: a 述责述廉's
    # 严格落实廉洁自律规定 that its truth counts as the sixth part (holdout12's counts it as none).
    "holdout28": dict(folder="corpus-holdout28", docs=12, recall=98.7, false_present=0, auto=100.0,
                      placeholders=100.0, false_strings=0),
    "holdout29": dict(folder="corpus-holdout29", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout30 (drafts with parts truly missing, their words in passing elsewhere), unseen on a423fe6:
    # 98.5 %, 2 false present; holdout31 (short reports: one paragraph a part, 在…方面， labels, forms,
    # folded endings), unseen on a423fe6: 86.0 %, 1 false present, residue 42.9 %. Their false present
    # are all one convention: a 原因分析 sentence inside the problems paragraph (究其原因，主要是……),
    # which these truths count as no part and tests/corpus's (产生这些问题，既有…客观原因，更有…主观原因)
    # as one; the causes element's description says it may sit in the same paragraph. Kept.
    "holdout30": dict(folder="corpus-holdout30", docs=16, recall=100.0, false_present=2, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    "holdout31": dict(folder="corpus-holdout31", docs=17, recall=100.0, false_present=1, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout32 (each sector's slogans: 政治建警, 清廉金融, 立德树人, 模范机关 …), unseen on a423fe6: 93.8 %.
    # Kept: a speech's closing 同志们，…… exhortation (the truths disagree, see holdout26), and a merged
    # 严守纪律规矩，纵深推进清廉海关建设 that its truth counts as the sixth part too.
    "holdout32": dict(folder="corpus-holdout32", docs=16, recall=97.9, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout33 (the annual report's kin by other authors: 一岗双责, 监督责任, 责任制自查, 两个责任, a 巡察
    # 整改情况报告 by feedback items), unseen on a423fe6: 89.8 %, residue 90 %. Kept: 一、分管领域党风廉政建设
    # 基本情况 taken for the discipline part of a 一岗双责 report (the report's own topic; discounting a
    # title's terms in headings lost 9 points elsewhere), a 整改 report's quoted item 关于“…储备不足”的问题
    # taken for the problems part, 廉政教育 (二、抓好廉政教育，筑牢拒腐防变思想防线) over a body of theory study.
    "holdout33": dict(folder="corpus-holdout33", docs=16, recall=98.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout34 (copied from portals' 繁體 versions: whole reports, mixed halves, chrome only), unseen on
    # a423fe6: 97.7 %, residue 97.4 % — the matching view's t2s carries the rules over.
    "holdout34": dict(folder="corpus-holdout34", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout35 (Party building fused with the unit's business: parts among business items, merged,
    # missing), unseen on a423fe6: 96.8 %. Its two misses were WPS's 　　 indent before 2026年，我们将…,
    # which kept every ^-anchored opening from matching (now read from where the words start).
    "holdout35": dict(folder="corpus-holdout35", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout36 (titles that do not say the genre), unseen on a423fe6: 98.7 %, auto genre 75 %. Kept: a
    # title decides before the body — 2025年工作情况汇报 and 个人年度工作总结 go to the work summary, a
    # 党委's 关于2025年度党建工作情况的报告 to the 述职 checklist, whatever their bodies hold.
    "holdout36": dict(folder="corpus-holdout36", docs=16, recall=98.7, false_present=0, auto=87.5,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout37 (tables and forms: Markdown pipes, tabs, box frames, a PDF's one cell a line), unseen on
    # a423fe6: 78.1 %, 15 strings on no truth (rating boxes 好（　）, a form's fields above its title
    # ……情况报告表, not found as one). Kept: a box frame's and a PDF's cells (the label of a row on its own
    # line, its text wrapped below).
    "holdout37": dict(folder="corpus-holdout37", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=2),
    # Session 29's six sets, each scored unseen on f96b3cc before any change from it.
    # holdout38 (the six parts along another axis: duties, 两个责任, 四个体系, 三不腐, an assessment's
    # indicators 指标一：…, named projects), unseen 90.1 %, 1 false present. Kept: 三不腐 as the top level
    # (四、在不想腐上固本培元 the truth's ideological part, by its body), a 集中整治 item under a discipline
    # umbrella as the sixth part, 清风工程 (conduct) that also names discipline.
    "holdout38": dict(folder="corpus-holdout38", docs=16, recall=95.5, false_present=1, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout39 (speeches of every kind), unseen 75.0 %, closing 56.2 %. Kept: a speech that ends on an
    # exhortation (让我们……而努力奋斗！) or a last paragraph without a closing formula has no closing —
    # six older truths (their files say no-closing) against six here.
    # (Session 46: its 【编者按】 over a 党课's text is reported as residue, as 26 documents of later sets list it.)
    "holdout39": dict(folder="corpus-holdout39", docs=16, recall=82.1, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=1),
    # holdout40 (述职 and branch reports, causes written every way), unseen 93.1 %, residue 71.4 %.
    "holdout40": dict(folder="corpus-holdout40", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout41 (公文 format: masthead, 主送, 附件, 版记, PDF page furniture), unseen 99.0 %, placeholders
    # 83.3 %, residue 94.4 %, 2 strings on no truth, 10 of 16 titles wrong (the 发文字号 taken in).
    "holdout41": dict(folder="corpus-holdout41", docs=16, recall=99.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout42 (parts in unusual order, merged, split, nested), unseen 99.1 %. Kept: a conduct part
    # split over two headings apart (the later one names it more strongly); (session 38) （四）整治群众身边不正之风
    # as an item of the conduct part, read as the sixth part (the same words head the sixth part in three sets).
    "holdout42": dict(folder="corpus-holdout42", docs=16, recall=99.1, false_present=1, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout43 (plain-spoken grassroots reports), unseen 83.1 %, auto genre 81.2 %. Kept: a title's
    # typo (党风连政建设工作报告) that no title pattern reads.
    "holdout43": dict(folder="corpus-holdout43", docs=16, recall=100.0, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 29's second wave, each scored unseen on ca07d2d (after the first wave's rounds).
    # holdout44 (long reports of large units, 5,500+ characters), unseen 99.0 %.
    "holdout44": dict(folder="corpus-holdout44", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout45 (work summaries of departments and people), unseen 100 %, residue 86.7 %.
    "holdout45": dict(folder="corpus-holdout45", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout46 (templates full of blanks, and look-alikes), unseen 96.8 %, 1 false present, placeholders
    # 67.3 %, 21 strings on no truth. Kept: a template's notes (【注：…】, 【请补充典型案例】, （可结合本单位
    # 实际补充）) are reported as notes to act on and delete (residue-note, as holdout29's truths have them),
    # where this set's truths call them placeholders; a 三不腐 heading over 惩治腐败高压态势 as the sixth part.
    "holdout46": dict(folder="corpus-holdout46", docs=16, recall=100.0, false_present=1, auto=100.0,
                      residue=100.0, placeholders=82.7, false_strings=10),
    # holdout47 (parts truly missing, their words everywhere; controls), unseen 98.6 %, 1 false present.
    "holdout47": dict(folder="corpus-holdout47", docs=16, recall=98.6, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout48 (drafts from chat assistants and online office suites), unseen residue 42.2 %, placeholders
    # 66.7 %. Kept: a comment thread's replies quoted as > 姓名：… lines, a comment in brackets inside the text.
    # Session 36: a ~~struck~~ phrase is reported as a revision left in (set 187 lists it; this set left it unlisted).
    "holdout48": dict(folder="corpus-holdout48", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=92.2, placeholders=100.0, false_strings=3),
    # holdout49 (speeches II: 对照检查, 组织生活会, 动员会, 致辞, 座谈会, 主持词), unseen 92.9 %.
    "holdout49": dict(folder="corpus-holdout49", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 29's third wave, each scored unseen on b78ddcb (after the second wave's rounds).
    # holdout50 (damaged copies: OCR, a sentence a line, lost line breaks, half-width punctuation, doubled
    # paragraphs), unseen 93.9 %, residue 84.8 %. Kept: 二,存在的不足.一是… (a heading run into its text with
    # 、 typed as a comma), a 文号 repeated as an OCR page header, 廉政风险防控 as the sixth part, and a
    # 发文机关标志 (……局文件) above a letter-spaced title that this set calls residue (holdout41: the document's own).
    "holdout50": dict(folder="corpus-holdout50", docs=16, recall=97.0, false_present=0, auto=100.0,
                      residue=97.0, placeholders=100.0, false_strings=0),
    # holdout51 (reports of 2019–2023 in their years' wording), unseen 99.0 %.
    "holdout51": dict(folder="corpus-holdout51", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout52 (every numbering system: 1.1.1, Ⅰ/A., 【一】, ❶, 壹、 …), unseen 89.7 %.
    "holdout52": dict(folder="corpus-holdout52", docs=16, recall=99.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout53 (business first: summaries and speeches with little Party content), unseen 97.2 %, auto
    # 87.5 %. Kept: a deputy director's 个人述职报告 on business chosen for the 述职 checklist (its body has the
    # 述职's four parts).
    "holdout53": dict(folder="corpus-holdout53", docs=16, recall=100.0, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 29's fourth wave, each scored unseen on cba3aaf (after the third wave's rounds).
    # holdout54 (a reviewer's inbox: a general mix, one or two real defects a document), unseen 100 %, 1 string
    # on no truth (原党组书记张某某, a case's person).
    "holdout54": dict(folder="corpus-holdout54", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout55 (the reports of 2026: 一季度, 截至N月, 2026年以来), unseen 100 %, 1 false present (这些问题的存在，
    # 影响了… taken for causes), placeholders 88.9 %.
    "holdout55": dict(folder="corpus-holdout55", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout56 (Word's tracked changes and comments pasted as text), unseen 95.9 %, residue 9.4 %. Kept: headings
    # inside revision marks ([插入: 三、锻造过硬法院队伍…](WL2), [删除: 四、]四、…) are not read as headings.
    # Session 36: insertions not yet accepted ([插入: 6], {++约++}) are reported, marks and all, as revisions left in
    # (sets 149 and 187 list them as residue; this set kept the inserted words as the report's: 16 findings).
    "holdout56": dict(folder="corpus-holdout56", docs=16, recall=96.9, false_present=0, auto=100.0,
                      residue=99.2, placeholders=100.0, false_strings=16),
    # holdout57 (provincial and central-enterprise formal reports), unseen 100 % on everything.
    "holdout57": dict(folder="corpus-holdout57", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # Session 29's fifth wave: a general mix of each genre, scored unseen on bf4104b.
    # holdout58 (annual reports from 16 kinds of unit), unseen 97.6 % (the sixth part as a sector's 专项治理).
    "holdout58": dict(folder="corpus-holdout58", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout59 (述职 and branch reports from 16 hands), unseen 87.9 %, auto 87.5 %; 100 % since session 30 read
    # ■ lines as the parts' headings (the plan's numbered items below them), 问题及原因 and 对症下药. Kept: a
    # 村支部's half-year report chosen as a work summary.
    "holdout59": dict(folder="corpus-holdout59", docs=16, recall=100.0, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout60 (speeches from 16 occasions), unseen 87.5 %, residue 88.9 %; 100 % since session 30 (春节临近，
    # 最后，……祝……！ closes). Kept: a WeChat editor's lead paragraph above the speech (1月8日，县委召开……
    # 现将讲话全文刊发如下。).
    "holdout60": dict(folder="corpus-holdout60", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=94.4, placeholders=100.0, false_strings=0),
    # holdout61 (work summaries from 16 units and periods), unseen 100 %, residue 94.1 %. Kept: 相关链接 set apart
    # by spaces, a date left as 2026年X月  日 counted once as a blank.
    "holdout61": dict(folder="corpus-holdout61", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=94.1, placeholders=100.0, false_strings=1),
    # Session 30's sixth wave, scored unseen on deea9e9.
    # holdout62 (copies from government and news portals), unseen 95.8 %, residue 76.7 %. Kept: a copy that lost its
    # breaks (its problems run into the discipline line), a portal's name alone above the title.
    "holdout62": dict(folder="corpus-holdout62", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=99.5, placeholders=100.0, false_strings=0),
    # holdout63 (party-building reports II), unseen 94.8 % (causes 75 %), auto 87.5 %. Kept: a 述职述廉 by the building
    # parts, truth a 述职, chosen the annual report.
    "holdout63": dict(folder="corpus-holdout63", docs=16, recall=100.0, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout64 (speeches and 发言材料 II), unseen 100 %, 2 false present, auto 93.8 %. Kept: the two false present are
    # salutations run into the first sentence, which blind.md now counts; a third-person summary of a speech.
    "holdout64": dict(folder="corpus-holdout64", docs=16, recall=100.0, false_present=2, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout65 (headings that do not name the part), unseen 96.8 %. Kept: a 集中整治 passage inside the discipline
    # part taken as the sixth by its truth (older sets' truths do not), one 在思想武装上 paragraph inside the political part.
    "holdout65": dict(folder="corpus-holdout65", docs=16, recall=98.4, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout66 (a reviewer's inbox II), unseen 98.7 %, residue 95.5 %. Kept: a discipline part found at a heading that
    # names it in passing.
    # (auto 93.8 since session 32: its 恒锐…有限公司党支部2025年工作总结 is a work summary here; holdout9, 124 and a
    # kindergarten branch's read a branch's own 工作总结 as a party-building report)
    "holdout66": dict(folder="corpus-holdout66", docs=16, recall=98.7, false_present=0, auto=93.8,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout67 (drafts by non-specialists), unseen 89.6 %, residue 73.7 %. Kept: a group chat's own sentence (第6部分数据
    # 我再核一下).
    # (weak 1: a chat paste's 8) 2026年工作打算 a sibling of its own (1)…(5) items)
    "holdout67": dict(folder="corpus-holdout67", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=94.7, placeholders=100.0, false_strings=0, weak=1),
    # The seventh wave, scored unseen on 4f20187.
    # holdout68 (annual reports III), unseen 98.4 %, residue 92.9 %. Kept: two sixth parts found a part away.
    "holdout68": dict(folder="corpus-holdout68", docs=16, recall=98.4, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout69 (述职 / 述责述廉 of secretaries and heads), unseen 96.7 %; 98.9 % since 【履职情况】 labels over 1. 2.
    # lists head the parts (over paragraphs, making them parts lost points on five older sets). Kept: a village
    # report's unheaded first part.
    "holdout69": dict(folder="corpus-holdout69", docs=16, recall=98.9, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout70 (work summaries II), unseen 97.6 %, auto 93.8 %. Kept: a 社区's 工作情况汇报 to 各位领导 chosen a speech.
    "holdout70": dict(folder="corpus-holdout70", docs=16, recall=100.0, false_present=0, auto=93.8,
                      residue=95.2, placeholders=100.0, false_strings=0),
    # holdout71 (speeches III), unseen 95.8 %, 7 strings on no truth (Markdown bold taken for a blank).
    "holdout71": dict(folder="corpus-holdout71", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout72 (WeChat, news app and document-site copies), unseen 89.5 %, residue 82.5 %. Kept: one organizational part.
    "holdout72": dict(folder="corpus-holdout72", docs=16, recall=98.8, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout73 (reports without headings), unseen 77.5 %: read by their paragraphs' opening clauses since. Kept: a
    # plan paragraph opened by 围绕…… after the problems.
    "holdout73": dict(folder="corpus-holdout73", docs=16, recall=98.9, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # The eighth wave, scored unseen on 8ca17a1.
    # holdout74 (annual reports IV), unseen 98.4 %. Kept: a hospital's discipline found at its first part, a
    # research institute's problems in a paragraph the truth heads differently.
    "holdout74": dict(folder="corpus-holdout74", docs=16, recall=98.4, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout75 (party-building reports III), unseen 94.8 %: a plan's numbered list a sentence opens is its text since.
    # Kept: a police station's achievements found at its preamble.
    "holdout75": dict(folder="corpus-holdout75", docs=16, recall=98.3, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout76 (speeches and 发言材料 IV), unseen 100 %, auto 87.5 % (a 主持词 and a 辅导报告: speech since).
    "holdout76": dict(folder="corpus-holdout76", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout77 (work summaries III), unseen 100 %, 2 strings on no truth (a Markdown part taken for a web copy's title).
    "holdout77": dict(folder="corpus-holdout77", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout78 (drafts as office software exports them), unseen 97.6 %, residue 87.9 % (Word's outline numbering,
    # running headers, an online editor's export marks).
    "holdout78": dict(folder="corpus-holdout78", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout79 (reports from unusual kinds of unit), unseen 94.1 %. Kept: a 检察院's 述责述廉 whose discipline the
    # truth finds a part earlier.
    "holdout79": dict(folder="corpus-holdout79", docs=16, recall=98.8, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # The ninth wave, scored unseen on dd8d956.
    # holdout80 (annual reports V, written in 2026), unseen 99.2 %, residue 81.2 %. Kept: a court's sixth part.
    "holdout80": dict(folder="corpus-holdout80", docs=16, recall=99.2, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout81 (party-building reports IV: forms, tables), unseen 92.9 %, 16 strings on no truth (a Markdown table
    # form taken for chrome below its title, its bold cells for blanks).
    "holdout81": dict(folder="corpus-holdout81", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout82 (speeches V), unseen 95.8 %, residue 82.4 % (同志们，今天…… run in; VIP, read counts in 万).
    "holdout82": dict(folder="corpus-holdout82", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout83 (work summaries IV), unseen 95.2 %. Note: a 【问题与不足】 label over one paragraph reads as a part
    # with little text (weak), counted present.
    "holdout83": dict(folder="corpus-holdout83", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout84 (a reviewer's inbox III, damaged copies), unseen 97.4 %. Kept: a 文库 copy that lost a heading and
    # the problems' first lines.
    "holdout84": dict(folder="corpus-holdout84", docs=16, recall=98.7, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout85 (outlines people get wrong), unseen 96.6 %. Kept: 群众身边不正之风和腐败问题集中整治 as a part of its own
    # (taken as discipline: as the sixth part it cost seven older sets a point each), 三. then 4、 (a level skipped).
    "holdout85": dict(folder="corpus-holdout85", docs=16, recall=96.6, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # The tenth wave (session 31), scored unseen on 83a22c2.
    # holdout86 (annual reports VI, the year's campaigns as parts or inside them), unseen 100 %.
    "holdout86": dict(folder="corpus-holdout86", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout87 (party-building reports V), unseen 98.4 %, auto 93.8 %: 问题的成因, 中共……机关委员会2025年工作报告.
    "holdout87": dict(folder="corpus-holdout87", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout88 (speeches VI), unseen 95.8 %: a plenary report's 以上报告，请审议。
    "holdout88": dict(folder="corpus-holdout88", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout89 (work summaries V, half-year and year), unseen 100 %.
    "holdout89": dict(folder="corpus-holdout89", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout90 (a reviewer's inbox IV: cover notes, drafters' notes, 附件/抄送), unseen 100 %, 11 strings on no truth
    # (cover notes taken for web residue). Kept: 【此处补充数据】, which these truths call a placeholder and the
    # rulebook a drafter's note (residue-note, as holdout46/56 count it), and a blank day (12月　日).
    # (14 on no truth since session 39: its [批注：…] comments, which it leaves unmarked and holdout255 counts as residue)
    "holdout90": dict(folder="corpus-holdout90", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=77.8, false_strings=14),
    # holdout91 (hard-wrapped copies out of PDF viewers and mail), unseen 90.7 %, residue 92.9 %: the outline
    # now joins the lines of such text into its paragraphs.
    "holdout91": dict(folder="corpus-holdout91", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # The eleventh wave (session 31), scored unseen on b890976.
    # holdout92 (annual reports VII, parts one level down, paired, departmental), unseen 100 %.
    "holdout92": dict(folder="corpus-holdout92", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout93 (one sentence per line; phones' and chats' emoji headings 🔸一、 1️⃣ #工作成效#), unseen 77.6 %,
    # residue 88.9 %, 13 strings on no truth (emoji headings taken for a chat's lines).
    "holdout93": dict(folder="corpus-holdout93", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout94 (speeches VII), unseen 100 %, 15 strings on no truth (a 警示教育 speech's 夏某某, the authorities'
    # way of naming a case's people) and a slogan main title (学思践悟强党性  知行合一护青山) taken for a page's line.
    # Kept: a 范文 site's （作者单位：×××…） line, reported whole as residue (its ××× not again as a placeholder).
    "holdout94": dict(folder="corpus-holdout94", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=80.0, false_strings=1),
    # holdout95 (party-building reports VI, unusual units), unseen 98.4 %: 之所以出现这些问题，…
    "holdout95": dict(folder="corpus-holdout95", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout96 (work summaries VI, 2026's first quarter and half), unseen 97.8 %, 1 false present: 【后期打算】,
    # 【重点工作推进】, 一季度……上级要求.
    "holdout96": dict(folder="corpus-holdout96", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout97 (a reviewer's inbox V: forms, numbered questions, exports), unseen 97.4 %, residue 95.2 %. Kept
    # (10 strings on no truth): Word's and WPS's page footers (— 1 —, 第 1 页 共 3 页), which these truths call
    # no residue and holdout41/91 do, and a 讨论稿's notes (residue-note).
    # (session 32: 11 — a colleague's 【批注：…】 is a drafter's note now, as holdout108 asks; this set's truth
    # does not list drafters' notes)
    "holdout97": dict(folder="corpus-holdout97", docs=16, recall=100.0, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=11),
    # The twelfth wave (session 31), scored unseen on a08ba79.
    # holdout98 (annual reports VIII), unseen 100 %, 1 false present, auto 93.8 %: ——在…述责述廉会议上的书面报告.
    # Kept: 1.履行第一责任人职责 read as the political part of a report that has none (truth: null).
    "holdout98": dict(folder="corpus-holdout98", docs=16, recall=100.0, false_present=1, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout99 (short reports of small units, merged parts), unseen 89.6 %: **在政治建设上**，……, 作风上，……
    # Kept: 作风上，…… in a report without headings (conduct), and 作风纪律建设 read as discipline alone (as a
    # conduct term it cost nine older sets their discipline part).
    "holdout99": dict(folder="corpus-holdout99", docs=16, recall=97.4, false_present=0, auto=100.0,
                      residue=100.0, placeholders=100.0, false_strings=0),
    # holdout100 (speeches VIII), unseen 100 %, residue 94.4 %.
    "holdout100": dict(folder="corpus-holdout100", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout101 (party-building reports VII), unseen 95.1 %: **原因何在？**, 这些问题的存在，主观上……, label lines
    # over （一） items. Kept: a blank day (月  日), a placeholder the truth does not list.
    "holdout101": dict(folder="corpus-holdout101", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout102 (work summaries VII), unseen 95.6 %: 复盘：没做好的地方, 2026年目标与举措.
    "holdout102": dict(folder="corpus-holdout102", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout103 (OCR copies of scanned paper), unseen 94.1 %, residue 61.5 %: -、 and （ 一 ）, a scanning app's
    # page footers. Kept: a rule of dashes under the OCR tool's banner; 二 、加强教育引导，筑牢拒腐防变思想防线
    # (the truth's ideological part, a heading on discipline's education).
    "holdout103": dict(folder="corpus-holdout103", docs=16, recall=98.8, false_present=0, auto=100.0,
                       residue=92.3, placeholders=100.0, false_strings=0),
    # The thirteenth wave (session 32), scored unseen on 990e4e6.
    # holdout104 (annual reports IX, 2026 wording), unseen 96.0 %: a heading that names nothing over the plan's
    # opening (八、锚定目标 接续发力 / 2026年是…开局之年。), 筑牢制度篱笆. Kept: conduct and discipline merged
    # in one part (四、筑牢廉洁防线，正风肃纪…) found as conduct only.
    "holdout104": dict(folder="corpus-holdout104", docs=16, recall=99.2, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout105 (party-building reports VIII), unseen 100 %: 事务＿＿项, 侦破陈某某等人…案.
    "holdout105": dict(folder="corpus-holdout105", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout106 (speeches IX), unseen 100 %: 从周某某案中 is no blank.
    "holdout106": dict(folder="corpus-holdout106", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout107 (work summaries VIII), unseen 97.9 %. Kept: problems as one sentence inside the last work
    # paragraph (但也要清醒看到，学校还存在……等问题).
    "holdout107": dict(folder="corpus-holdout107", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout108 (a reviewer's inbox VI), unseen 98.7 %, residue 28.6 %: drafters' notes 〔…请…核实〕,
    # （此处插入照片）, revision marks 【删除：…】【修改为：…】, 报送说明：…, a label over the plan's items.
    # Kept: a 机关委员会's 党建工作总结 read as a work summary (the sets disagree).
    "holdout108": dict(folder="corpus-holdout108", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout109 (copied from the web II: 头条, 网易号, 搜狐号, 澎湃号, 小红书, 抖音, blogs, 微博), unseen 97.5 %,
    # residue 65.9 %: comment sections, related lists with counts and mid-text, platform lines. Kept: a 小红书
    # post's own text around the speech; a 学习强国 page's 党建工作 summary read as a work summary.
    "holdout109": dict(folder="corpus-holdout109", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.2, placeholders=100.0, false_strings=0),
    # The fourteenth wave (session 32), scored unseen on a35dc98.
    # holdout110 (annual reports X: the six parts as named areas, implied work items, duties, run-in 一是…), unseen 100 %.
    "holdout110": dict(folder="corpus-holdout110", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout111 (copied from the web III: 知乎, 360doc, 简书, 贴吧, 钉钉, WPS comments, 网盘, readers), unseen 100 %,
    # residue 64.2 %: comments of every site, forums' floors, tip jars, previews. Kept: an office chat's and an
    # online document's messages themselves (收到，执法稽查那块的数字我下午补).
    "holdout111": dict(folder="corpus-holdout111", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=93.0, placeholders=100.0, false_strings=0),
    # holdout112 (structures not tied to numbering: 首先/其次, 第一方面, questions, 问/答, quarters), unseen 94.3 %.
    # Kept: the quarters' structure (an area's paragraph inside 一季度…) and 六、群众身边的问题解决得好不好？ (the
    # campaign as a body term cost holdout72 a false present).
    "holdout112": dict(folder="corpus-holdout112", docs=16, recall=97.7, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout113 (the annual report's kin II: 述责述廉, 一岗双责, 三张清单, 书记项目, 巡察整改), unseen 100 %, auto 87.5 %.
    # Kept: a 党风廉政建设责任制考核自查报告 read as an annual report (the brief called it a party-building report).
    "holdout113": dict(folder="corpus-holdout113", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout114 (long reports of large organisations, 5,200–8,900 characters), unseen 100 %, auto 93.8 % (a company
    # Party committee's 党建工作总结, already a party-building report by this round's change).
    "holdout114": dict(folder="corpus-holdout114", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout115 (short and unfinished drafts), unseen 98.7 %, auto 81.2 %, residue 22.2 %: drafters' questions to
    # colleagues. Recorded: two parts that are bare headings reported thin (they are); （待补充） reported as a
    # drafter's note, which this set's truth calls a placeholder.
    "holdout115": dict(folder="corpus-holdout115", docs=16, recall=98.7, false_present=0, auto=100.0,
                       residue=100.0, placeholders=91.7, false_strings=4, weak=2),
    # The fifteenth wave (session 32), scored unseen on 5b0addc.
    # holdout116 (annual reports XI: townships, villages, small units, 2023–2025), unseen 98.3 %: 1.政治方面 headings,
    # a case's 报账员张某某.
    "holdout116": dict(folder="corpus-holdout116", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout117 (text as converters leave it: pandoc, LibreOffice, antiword, PDF, WPS, a 公文's 版记), unseen 94.7 %
    # (14 of its 16 documents were seen half-written; nothing was changed from them). Its round: a bold item number
    # after a sentence in Markdown (。**（二）**…). Kept: a two-column PDF read column by column; political under
    # lost outline numbers; a bold phrase mid-sentence in Markdown (**储能电池材料**) read as two blanks.
    "holdout117": dict(folder="corpus-holdout117", docs=16, recall=94.7, false_present=0, auto=100.0,
                       residue=90.0, placeholders=100.0, false_strings=2),
    # holdout118 (speeches X), unseen 100 %, auto 93.8 %: a 集体廉政谈话提纲.
    "holdout118": dict(folder="corpus-holdout118", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout119 (copied from the web IV: portals, official accounts, document sites, a Q&A site), unseen 98.8 %,
    # residue 78.2 %. Kept: a 知乎 answer's own words around the lecture and its salutation below them; ads
    # written as headlines (桐溪农商银行丨丰收贷 …).
    "holdout119": dict(folder="corpus-holdout119", docs=16, recall=98.8, false_present=0, auto=100.0,
                       residue=90.9, placeholders=100.0, false_strings=0),
    # holdout120 (party-building reports X: problems, causes and plans in every form), unseen 95.0 %, auto 87.5 %:
    # 2026年任务清单. Kept: a one-sentence cause read one line early; a slogan-titled 机关党支部 summary (work summary).
    "holdout120": dict(folder="corpus-holdout120", docs=16, recall=98.3, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout121 (work summaries IX: quarters, three quarters, persons), unseen 88.9 %: 下步计划： over the only
    # numbered items, 取得了…成效，但…存在…问题. Kept: a term report's plan in its second sentence.
    "holdout121": dict(folder="corpus-holdout121", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # The sixteenth wave (session 32), scored unseen on 3bc64ff.
    # holdout122 (annual reports XII: messy real drafts — skipped numbers, typos, （续） splits), unseen 99.2 %.
    "holdout122": dict(folder="corpus-holdout122", docs=16, recall=99.2, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout123 (copied from the web V: WeChat and news apps in depth), unseen 92.5 %, residue 74.0 %: comment
    # threads (热门跟贴), share targets, vote blocks, mini-program cards, picture credits, 【原文】…【完】. Kept: a WeChat
    # page saved as Markdown into a .txt, the report inside > quotes — read since session 33 (the quote's marks masked).
    "holdout123": dict(folder="corpus-holdout123", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.0, placeholders=100.0, false_strings=0),
    # holdout124 (Party organizations' reports to their members, committees' year reports), unseen 97.1 %, auto 93.8 %:
    # 今后五年的建议, a branch's own 工作总结. Recorded: a 前三季度 summary's plan of few lines reported thin.
    # (auto 93.8 again since session 39: its 鸿泰…有限公司党支部 2025年工作总结 is a party-building report here; nine
    # sets read a branch's plain 工作总结 as a work summary)
    "holdout124": dict(folder="corpus-holdout124", docs=16, recall=98.6, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0, weak=1),
    # holdout125 (speeches XI: short, formulaic, scripted), unseen 87.5 %: 现在散会。, 会议结束。, 大家上午好！
    "holdout125": dict(folder="corpus-holdout125", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout126 (script and punctuation mixtures: 繁體, half-width, full-width digits, spaced headings, CRLF), unseen
    # 100 %, auto 93.8 % (a 机关党委's 党建工作总结: the sets disagree).
    "holdout126": dict(folder="corpus-holdout126", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout127 (a reviewer's inbox VII), unseen 100 %, residue 82.4 %: 相关范文推荐：, a cover note to two offices.
    "holdout127": dict(folder="corpus-holdout127", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),    # The seventeenth wave (session 33), scored unseen on ac5cc94.
    # holdout128 (annual reports XIII: hospitals, schools, courts, banks, 供电, 消防, 档案馆), unseen 96.0 %: parts named
    # together (抓政治和思想建设). Kept: the set gives a folded heading to the first part only.
    "holdout128": dict(folder="corpus-holdout128", docs=16, recall=97.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout129 (problems, causes and plans in unusual shapes), unseen 98.7 %, auto 93.8 %: a plan after a maxim
    # (办好农村金融，根本在党的领导。2026年，支部将……), a 机关党支部's 党建工作总结.
    "holdout129": dict(folder="corpus-holdout129", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout130 (copied from the web VI: portals, 党建网 sites, 文库 sites), unseen 98.8 %, residue 89.3 %: download
    # notes and disclaimers, （精选）, print footers, a page number inside a paragraph.
    "holdout130": dict(folder="corpus-holdout130", docs=16, recall=98.8, false_present=0, auto=100.0,
                       residue=99.5, placeholders=100.0, false_strings=0),
    # holdout131 (speeches XII: the occasions of the Party year), unseen 97.6 %: 恳请同志们批评帮助。 A 党组's 党建工作总结,
    # kept as a work summary until session 46, is a party-building report (three titles of three in the sets).
    "holdout131": dict(folder="corpus-holdout131", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout132 (text as converters leave it II), unseen 98.8 %, placeholders 83.3 %, residue 98.8 %: 三、四级手术
    # opening a wrapped line, ，＿＿月底前, 由 WPS 转换.
    "holdout132": dict(folder="corpus-holdout132", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout133 (personal reports and small organizations), unseen 95.9 %, auto 87.5 %: 3 2026年工作打算, 抓整治.
    # Kept: 廉洁自律 as a sixth part; a 纪检委员's 述职 and a retirees' branch's 工作总结 (the sets disagree).
    "holdout133": dict(folder="corpus-holdout133", docs=16, recall=98.6, false_present=0, auto=87.5,
                       placeholders=100.0, false_strings=0),
    # The eighteenth wave (session 33), scored unseen on b093ec3.
    # holdout134 (annual reports XIV: the 2026 wording), unseen 100 %.
    "holdout134": dict(folder="corpus-holdout134", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout135 (party-building reports XI: who reports and how), unseen 97.1 %: 从根源上看，…, 整改提升措施.
    "holdout135": dict(folder="corpus-holdout135", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout136 (work summaries XI: business first), unseen 98.6 %. Kept: achievements without 主要做法 (convention).
    "holdout136": dict(folder="corpus-holdout136", docs=16, recall=98.6, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout137 (chat assistants and online editors), unseen 98.8 %, placeholders 68.4 %, residue 59.5 %, 81 strings
    # on no truth: the assistant's buttons, marks, notes and review lists, an editor's comments and history, bold figures.
    "holdout137": dict(folder="corpus-holdout137", docs=16, recall=98.8, false_present=0, auto=100.0,
                       residue=99.1, placeholders=100.0, false_strings=0),
    # holdout138 (a reviewer's inbox VIII), unseen 100 %, auto 93.8 % (a 机关党委's 党建工作总结 again), 1 on no truth.
    "holdout138": dict(folder="corpus-holdout138", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout139 (speeches XIII and 发言材料), unseen 97.7 %, auto 93.8 %: 以上述责述廉，请予评议。, …的几点体会, 股长汪某某.
    # Kept: （根据录音整理，未经本人审阅） as the speech's own (three older sets).
    "holdout139": dict(folder="corpus-holdout139", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),    # The nineteenth wave (session 33), scored unseen on 1421ddd (141, 142, 145) and b93a2ee (140, 143, 144).
    # holdout140 (annual reports XV: the supervision side, small units), unseen 90.7 %: **【政治监督】** labels,
    # 聚焦群众身边不正之风和腐败问题, 强化专项整治, 突出制度执行, 自身建设. Kept: a folded heading's second part.
    "holdout140": dict(folder="corpus-holdout140", docs=16, recall=97.2, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout141 (party-building reports XII: forms and tables), unseen 100 %, auto 93.8 %.
    "holdout141": dict(folder="corpus-holdout141", docs=16, recall=100.0, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout142 (work summaries XII: persons and posts), unseen 96.7 %: bylines 陈子航（…办公室）.
    "holdout142": dict(folder="corpus-holdout142", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout143 (copied from the web VIII: accounts and apps, 2026), unseen 97.5 %, residue 77.4 %: AI 摘要 boxes,
    # 划线, feeds' counts, reader modes, a bold heading after a chrome line. Kept: chat messages, accounts' names.
    "holdout143": dict(folder="corpus-holdout143", docs=16, recall=98.8, false_present=0, auto=100.0,
                       residue=91.9, placeholders=100.0, false_strings=0),
    # holdout144 (Markdown and plain-text layouts), unseen 100 %.
    "holdout144": dict(folder="corpus-holdout144", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout145 (speeches XIV and the annual report's kin III), unseen 91.0 %, auto 87.5 %: 【清单六 制度建设（4项）】,
    # 靠企吃企, 党风廉政建设工作总结, closings 请各位党员评议 / …到此结束。现在散会。 Kept: a 述职 at a 党员大会 (speech or
    # 述职: the sets disagree), an 意识形态 report's 督查考核 part as discipline.
    # (auto 87.5 since session 40: 宁河街道2025年党风廉政建设工作总结 is a work summary by its title, as 10 of the
    # sets' 11 such titles read; this set reads it as the annual report)
    "holdout145": dict(folder="corpus-holdout145", docs=16, recall=97.0, false_present=0, auto=87.5,
                       placeholders=100.0, false_strings=0),
    # holdout146 (annual reports XVI: 两新组织, associations, parks, older years), unseen 98.1 %, residue 50 %:
    # 整治行业不正之风 / 整治行业乱象 as sixth parts, an office's note in brackets.
    "holdout146": dict(folder="corpus-holdout146", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout147 (述职 in streets, communities, villages, schools, with 评议), unseen 100 %, placeholders 80 %:
    # 李某某案等 a case, a name left blank after a post (书记　＿＿).
    "holdout147": dict(folder="corpus-holdout147", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout148 (work summaries XIII: the first year of the 十五五), unseen 100 %, auto 93.8 %, residue 0 %: a
    # reviewer's 〔审核意见：…〕. Kept: a 机关党委's 党建工作总结 read as a work summary (the sets disagree).
    "holdout148": dict(folder="corpus-holdout148", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout149 (a reviewer's inbox IX: the deadline day), unseen 100 %, placeholders 58.8 %, residue 51.4 %:
    # 【请填写：…】 prompts, 2026年 月 日, 【王书记：…】, an e-mail's attachment line. Kept: [插入: …] (holdout56 keeps
    # inserted words as the report's text), an e-mail's ---------- separator.
    "holdout149": dict(folder="corpus-holdout149", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=67.6, placeholders=100.0, false_strings=0),
    # holdout150 (copied from the web IX: 政务公开, 学习强国, PDFs, print previews), unseen 93.4 %, residue 85.1 %:
    # 政治建设上，…… leads under a heading, 坚定不移反腐败, learning platforms' and a Party school's chrome.
    "holdout150": dict(folder="corpus-holdout150", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout151 (speeches XV: warnings, commitments, Party lessons), unseen 98.2 %. Kept: a 让我们…！ line as a
    # closing (most sets leave a closing exhortation out: 37 documents against 7).
    "holdout151": dict(folder="corpus-holdout151", docs=16, recall=98.2, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout152 (annual reports XVII: responsibilities first, the six parts nested inside), unseen 96.3 %, auto
    # 93.8 %: a part naming a second element weakly hands it to its sub-section, 领域腐败问题治理. Kept: the set's "first
    # place a topic is written as a part" (twice), a deputy's 一岗双责 summary read as the annual report's kin.
    "holdout152": dict(folder="corpus-holdout152", docs=16, recall=98.2, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout153 (party-building reports XIV: enterprises, colleges, 党建+ brands), unseen 100 %, auto 93.8 %, residue
    # 50 %: a running header. Kept: a student branch's 工作总结 read as the branch's party-building report.
    "holdout153": dict(folder="corpus-holdout153", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout154 (work summaries XIV: periods, villages, 驻村 teams), unseen 100 %, auto 87.5 %: a secretary's
    # 个人工作总结. Kept: a 驻村第一书记's 述职 with 履职情况 / 不足及原因 read as a 述职.
    "holdout154": dict(folder="corpus-holdout154", docs=16, recall=100.0, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout155 (copied from the web X: 范文 sites, document libraries, 公文写作 accounts), unseen 97.8 %, residue
    # 79.5 %: \t一、 headings, 01｜ headings, writing tips, forum replies, paywalls, AI writers' buttons.
    "holdout155": dict(folder="corpus-holdout155", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout156 (scanners and converters III), unseen 92.4 %, residue 77.4 %: OCR's (-) and 第-部分, a text that
    # lost its breaks (一、…(一) run on, a page break between 一、 and 二、), page numbers inside lines, running headers.
    "holdout156": dict(folder="corpus-holdout156", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout157 (short reports, forms, checklists), unseen 89.6 %: a 自查表's 检查项目：（一）… rows, a table's
    # numbered rows, ▲ headings over run-ins, 明年怎么干？ (two short ▲ headings read as pictures' captions until wave 72).
    "holdout157": dict(folder="corpus-holdout157", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout158 (annual reports XVIII: on 2026, written at its end), unseen 99.1 %: 整治群众身边问题 as a sixth part.
    "holdout158": dict(folder="corpus-holdout158", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout159 (party-building reports XV: 述职述责述廉, 清单, 星级), unseen 98.3 %, 3 false present, auto 93.8 %.
    # Kept (conventions): causes marked null where 究其原因 sentences sit inside problems (160 documents of the older
    # sets mark them as causes, 2 as null), interleaved 问题一/措施一 pairs, a 述职述责述廉 on 全面从严治党 read as the
    # annual report's kin.
    "holdout159": dict(folder="corpus-holdout159", docs=16, recall=98.3, false_present=3, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout160 (work summaries XV: 2026, Party building inside), unseen 100 %.
    "holdout160": dict(folder="corpus-holdout160", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout161 (a reviewer's inbox X), unseen 98.8 %, residue 85.7 %: 反腐惩恶, Word's field codes ({ PAGE }).
    "holdout161": dict(folder="corpus-holdout161", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout162 (speeches XVI: the Party year 2026), unseen 98.0 %: 表态完毕，请…监督！, 负责人周某某违规….
    "holdout162": dict(folder="corpus-holdout162", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout163 (copied from the web XI: AI assistants and office suites, 2026), unseen 100 %, residue 60.6 %: the
    # assistants' thinking, sources, continuations, offers and buttons; suites' AI labels, comments, versions.
    # Kept: the thinking's own sentences (嗯，用户要的是… is found, the lines after it are not), a 公众号 editor's
    # numbered comments, a recording's quoted first words.
    "holdout163": dict(folder="corpus-holdout163", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.4, placeholders=100.0, false_strings=0),
    # Session 35: a 机关党委's 党建工作总结 read as a party-building report, as 8 of the sets' 11 such documents are
    # (holdout25, 26 and 32 read theirs as work summaries: their auto floors lowered, four older sets' raised).
    # Session 35, wave 23 (scored unseen on 8868ec6; 167 on 1554e9f) and wave 24 (on 99cff97).
    # holdout164 (annual reports XIX: sectors rarely met, headings in images and numbers), unseen 97.3 %: the sixth
    # part as 推进制度治队, 以“制度笼”…, a sector's 领域廉政风险防控.
    "holdout164": dict(folder="corpus-holdout164", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout165 (party-building reports XVI: branches reporting to their members), unseen 97.2 %, residue 60 %:
    # a 述职 form's head (所属党组织：…, 述职范围：…), 这些问题，主要怪…, 〔请…核对后请删除〕. Kept (conventions): causes
    # present under 存在的问题和原因 where the truth marks them null (woven into the items), two branches' 工作总结
    # read as party-building reports, 党员大会材料之二 above a title as residue.
    "holdout165": dict(folder="corpus-holdout165", docs=16, recall=100.0, false_present=1, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout166 (work summaries XVI: 德能勤绩廉), unseen 94.8 %: 【德】 one-character leads, 几点反思, 虽有…成效，但….
    # Kept: 附件2 above a form's header (a 公文 attachment's label), a 党群工作部's 党建工作总结 read as a work summary.
    "holdout166": dict(folder="corpus-holdout166", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=83.3, placeholders=100.0, false_strings=0),
    # holdout167 (as they arrive: mail, OA systems and chat forwards), unseen 96.7 %, residue 56.1 %: the record
    # check (residue-record), a channel's lines never the title. Kept: a cover note to the office (a convention: the
    # unit's own words), a signature under ---, a chat that carries a speech above its title (no title found).
    "holdout167": dict(folder="corpus-holdout167", docs=16, recall=97.8, false_present=0, auto=100.0,
                       residue=94.7, placeholders=100.0, false_strings=0),
    # holdout168 (speeches XVII and the reviewer's occasions), unseen 100 %, residue 0 %: 【会务组备注：…】, 仅供参考
    # in a speaker's sentence.
    "holdout168": dict(folder="corpus-holdout168", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout169 (structures IV: markers, tables and headings in unusual places), unseen 98.0 %: 第八个方面：…,
    # Word's outline levels as tabs alone. Kept: two parts reported thin in a report whose sub-items restart at 一、.
    "holdout169": dict(folder="corpus-holdout169", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=2),
    # holdout170 (annual reports XX: the supervision duty), unseen 96.5 %. Kept (conventions): a 纪委's 保持高压态势…执纪审查
    # read as the sixth part, its 监督网络更加严密 / 夯实基层监督 not read as the organization part.
    "holdout170": dict(folder="corpus-holdout170", docs=16, recall=96.5, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout171 (party-building reports XVII: 述职评议 season), unseen 100 %, residue 16.7 %: a 组织部 template's
    # instructions (（1500字左右）, （不少于3条）, 注：本部分…). Kept: 注：思路举措要与…相衔接 (a note in the words of a report).
    "holdout171": dict(folder="corpus-holdout171", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=83.3, placeholders=100.0, false_strings=0),
    # holdout172 (work summaries XVII: summary and plan in one), unseen 100 %.
    "holdout172": dict(folder="corpus-holdout172", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout173 (copied from the web XII: content platforms and video apps), unseen 87.0 %, residue 82.1 %: a Q&A
    # site's question over the answer, apps' lines and counts, a bold title of 44 characters, a video's transcript
    # with a time opening every line (masked: its parts are read; the times go unreported). Kept: accounts' names
    # and bios.
    "holdout173": dict(folder="corpus-holdout173", docs=16, recall=98.9, false_present=0, auto=100.0,
                       residue=90.7, placeholders=100.0, false_strings=0),
    # holdout174 (scanners and converters IV: stamped, signed, photographed), unseen 99.0 %, residue 75 %: a seal's
    # ring read by OCR (residue-seal), 夸克扫描王, [手写：…]. Kept: seal lines a hard-wrapped paragraph took in, page
    # numbers alone between paragraphs, a 校园腐败问题整治 item read as the discipline part's.
    "holdout174": dict(folder="corpus-holdout174", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=94.6, placeholders=100.0, false_strings=0),
    # holdout175 (a reviewer's inbox XI: unfinished and careless drafts), unseen 100 %, placeholders 88.2 %, residue
    # 22.2 %: 202X年, a template's instructions, （此部分待补充）, （李科长：…？）.
    "holdout175": dict(folder="corpus-holdout175", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 25 (scored unseen on 5b030c0; 176 on 9cbcd22).
    # holdout176 (annual reports XXI: long reports of departments and large units), unseen 97.3 %. Kept: a report
    # whose six aspects are named only in the first of each three paragraphs (no headings at all).
    "holdout176": dict(folder="corpus-holdout176", docs=16, recall=97.3, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout177 (party-building reports XVIII: new sectors, new kinds of workers), unseen 98.5 %: 存在的难点.
    # Kept: a 红色物业 company branch's 党建引领…工作情况的报告 read as a work summary.
    "holdout177": dict(folder="corpus-holdout177", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout178 (work summaries XVIII: figures, tables, plain numbering), unseen 100 %.
    "holdout178": dict(folder="corpus-holdout178", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout179 (copied from the web XIII: notes apps, wikis, knowledge bases), unseen 91.2 %, residue 64.9 %: a
    # 幕布 outline's bullets before headings, notes apps' lines. Kept: Obsidian's front matter (masked: no rule reads
    # it), a report whose 一、…四、 sit inside a callout, comments' own sentences.
    "holdout179": dict(folder="corpus-holdout179", docs=16, recall=95.6, false_present=0, auto=100.0,
                       residue=86.0, placeholders=100.0, false_strings=0, weak=1),
    # holdout180 (speeches XVIII: the year-start meetings of 2027), unseen 91.8 %: 同志们，大家新年好！. Kept
    # (conventions): 让我们…！ as a closing (five older sets mark it null), a salutation after a sentence of thanks.
    "holdout180": dict(folder="corpus-holdout180", docs=16, recall=93.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout181 (script and punctuation mixtures II, a GBK file among them), unseen 100 %.
    "holdout181": dict(folder="corpus-holdout181", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 26 (scored unseen on 93d5d61).
    # holdout182 (annual reports XXII: townships, villages, schools, short and plain), unseen 91.2 %: a run-in
    # sentence alone over its paragraph, 政治思想方面, 群众身边不正之风得到纠治, 惠民纠风, 理论强警, 清风 over 师德师风.
    # Kept: 正风肃纪 over conduct's text in a report without headings.
    "holdout182": dict(folder="corpus-holdout182", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout183 (party-building reports XIX: 书记述职 in enterprises, hospitals, colleges), unseen 97.1 %. Kept
    # (a convention): causes woven into each problem item (this set: present; holdout165: null).
    "holdout183": dict(folder="corpus-holdout183", docs=16, recall=97.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout184 (work summaries XIX: 述职述责述廉 of persons, offices' summaries), unseen 98.3 %, auto 87.5 %: 推动重点
    # 工作落地见效 is work done. Kept (conventions): a deputy's 述职述责述廉报告 (a work summary here, a secretary's is a
    # party-building report: the title does not say which), a secretary's 个人工作总结 (a party-building report here).
    "holdout184": dict(folder="corpus-holdout184", docs=16, recall=100.0, false_present=0, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout185 (copied from the web XIV: 范文 and document-sharing sites), unseen 98.9 %, residue 85.8 %: prices,
    # 热门文章 / 编辑推荐 lists, 本文目录 over a page's pieces, 纪律作风建设. Kept: a preview's …… cut mark (a host
    # script's pause as often), 第五，…纪律建设和反腐败斗争 read as the sixth part too (this set: null).
    "holdout185": dict(folder="corpus-holdout185", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=98.6, placeholders=100.0, false_strings=0),
    # holdout186 (speeches XIX: 民主生活会, 警示教育, 廉政党课), unseen 100 %.
    "holdout186": dict(folder="corpus-holdout186", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout187 (a reviewer's inbox XII: tracked changes, comments, merged versions), unseen residue 63.1 %: insertions
    # not accepted, ~~struck~~ words, （已改）, bracketed questions without a name; a draft's stage above the title.
    "holdout187": dict(folder="corpus-holdout187", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout188 (structures V: headings run into paragraphs, wrong numbering), unseen 100 %.
    "holdout188": dict(folder="corpus-holdout188", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout189 (annual reports XXIII: periods other than the year, term reports), unseen 100 %, auto 93.8 %: a
    # committee's term report under a slogan.
    "holdout189": dict(folder="corpus-holdout189", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 27 (scored unseen on d178f80).
    # holdout190 (annual reports XXIV: the sixth part in all its forms, five-part reports), unseen 99.1 %: a 侨联's
    # 凝聚侨心侨力. Kept (a convention): 纪律建设：坚决整治医药领域腐败问题 serves the sixth part too (this set: null).
    "holdout190": dict(folder="corpus-holdout190", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout191 (party-building reports XX: problems and causes in every form), unseen 96.9 %: 对问题的反思. Kept:
    # causes as a table's column (found at the table's problems heading, two lines above the truth's first).
    "holdout191": dict(folder="corpus-holdout191", docs=16, recall=98.4, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout192 (work summaries XX: business first, Party building one part), unseen 100 %, 1 weak.
    "holdout192": dict(folder="corpus-holdout192", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=1),
    # holdout193 (copied from the web XV: portals and official accounts), unseen 96.9 %, residue 96.1 %: a page's
    # 展开全文 / 打开App阅读 between parts, metadata after a tab, 相关文件：, 整治身边腐败. Kept: an account's
    # author and name lines (集团党群工作部, 汀洲政务服务) with nothing on them that says so.
    "holdout193": dict(folder="corpus-holdout193", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.3, placeholders=100.0, false_strings=0),
    # holdout194 (speeches XX: 交流发言, 研讨发言, 表态发言, 心得), unseen 93.3 %, auto 87.5 %: 大家好！, causes named in
    # passing in the work done. Kept (conventions): 我们一定…！ as a closing; a branch's 经验交流材料 (a report
    # here, a speech in holdout2x); cited cases' 李某某 without 案.
    "holdout194": dict(folder="corpus-holdout194", docs=16, recall=96.7, false_present=0, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout195 (scanners and converters V: OCR errors, running headers), unseen 100 %, residue 94.9 %: a
    # converter's watermark, 共3页 第1页, a running header taken for the title, 〔2O26〕.
    "holdout195": dict(folder="corpus-holdout195", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout196 (a reviewer's inbox XIII: forms, ledgers, cover documents), unseen 96.2 %, placeholders 75 %: rows
    # of scores, a 签批 line and a cover 通知. Kept: a 督查 reply read as a work summary, a cover 函's 附件 line as
    # the title.
    "holdout196": dict(folder="corpus-holdout196", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout197 (annual reports XXV: the wording of 2026, long slogans, deep outlines), unseen 99.1 %: 身边腐败治起来.
    "holdout197": dict(folder="corpus-holdout197", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 28 (scored unseen on 8e6e0f8).
    # holdout198 (annual reports XXVI: vertically managed and central units), unseen 100 %, placeholders 83.3 %:
    # 干部到某某红色教育基地 (a post, a verb and 某某 were read as a case's person: 书记张某某).
    "holdout198": dict(folder="corpus-holdout198", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout199 (party-building reports XXI: village and community secretaries, short and plain), unseen 88.9 %:
    # 来年怎么干, 来年我想做好…, 主要原因是…, 说到底，是我自己…, a byline whose name is left to fill. Kept: a cause
    # sentence inside the problems paragraph found at its line, one line before the truth's; a half-year summary
    # titled 述职 read as a party-building report.
    "holdout199": dict(folder="corpus-holdout199", docs=16, recall=98.1, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout200 (copied from the web XVI: search pages, AI answers with citations, online previews), unseen 100 %,
    # residue 69.4 %: citation marks, 参考资料 / 来源 lists, related searches, buttons. Kept: a bare [2] (a footnote's
    # mark in a report of its own), an assistant's sentences about the report (整体来看，这份报告…).
    "holdout200": dict(folder="corpus-holdout200", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.6, placeholders=100.0, false_strings=0),
    # holdout201 (structures VI: questions and answers, contents pages, unusual numbering), unseen 97.1 %: 2026年着力
    # 抓好四件事. Kept: 第一章 / 第一节 (not in the outline grammar), a plan headed by a slogan alone.
    "holdout201": dict(folder="corpus-holdout201", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 29 (scored unseen on 7f14111).
    # holdout202 (annual reports XXVII: state enterprises and financial institutions), unseen 97.2 %: a 纪委's
    # 纪检队伍建设 read as the organizational part. Kept: 作风 folded into a 纪律 heading, split by paragraph; a sixth
    # part on 反保险欺诈和廉洁风险防控.
    "holdout202": dict(folder="corpus-holdout202", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout203 (party-building reports XXII: 机关 branches, 党建与业务融合), unseen 100 %, auto 93.8 %: a 党建品牌
    # report.
    "holdout203": dict(folder="corpus-holdout203", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout204 (work summaries XXI: half-year, quarterly and special-topic), unseen 97.1 %: a numbered plan under
    # the last of unnumbered heading lines. Kept: a 党风廉政建设工作总结 read as an annual report (its checklist).
    "holdout204": dict(folder="corpus-holdout204", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout205 (copied from the web XVII: WeChat, 头条, 百家号, 网易号 articles), unseen 99.0 %, residue 85.5 %: ad
    # cards, 赞赏, 网易跟贴, editors' leads, 01丨 headings. Kept: an account's name alone above the title.
    "holdout205": dict(folder="corpus-holdout205", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.6, placeholders=100.0, false_strings=0),
    # holdout206 (speeches XXI: 全面从严治党工作会议 speeches that report the year), unseen 100 %.
    "holdout206": dict(folder="corpus-holdout206", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout207 (a reviewer's inbox XIV: drafts in review, 征求意见稿), unseen 100 %, residue 56.0 %: ＜…＞ and 〔建议…〕
    # remarks, 删：…, 原稿：/修改稿：. Kept: （待补充） reported as a drafter's note, not a placeholder (1 on no truth).
    "holdout207": dict(folder="corpus-holdout207", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=83.3, false_strings=1),
    # holdout208 (structures VII: levels mixed, headings that end in 。, colons), unseen 95.1 %: 一、/ 2．/ （三）/ 4、,
    # 七、2026年，我们将重点抓好以下工作。, problems and plan folded into the last paragraph of the work.
    "holdout208": dict(folder="corpus-holdout208", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout209 (annual reports XXVIII: 党组 of departments and 纪检监察 units, plain), unseen 96.4 %: （四）在作风建设上，
    # …… as a narrative sub-heading, （二）清廉机关建设 under 纪律建设和清廉机关建设 as the sixth part. Kept: 督促加强理论学习
    # 和纪律教育 read for discipline before 从严从实执纪问责.
    "holdout209": dict(folder="corpus-holdout209", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 30 (scored unseen on 7b3479e).
    # holdout210 (annual reports XXIX: townships, streets, county bureaus, late 2026), unseen 100 %.
    "holdout210": dict(folder="corpus-holdout210", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout211 (party-building reports XXIII: schools, hospitals, colleges), unseen 100 %.
    "holdout211": dict(folder="corpus-holdout211", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout212 (work summaries XXII: departments and offices, 第一部分 or unheaded), unseen 100 %.
    "holdout212": dict(folder="corpus-holdout212", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout213 (copied from the web XVIII: document libraries with previews, paywalls, page breaks), unseen
    # 95.8 %, residue 90.5 %: — 2 / 6 — between a part's lines, 第2/4页, [第2页], page numbers alone, 您可能还喜欢.
    # Kept: a site's watermark glued to the end of content lines (…文库·专业文档分享平台) hides the heading lines
    # below them; a page headline over the report's own title.
    "holdout213": dict(folder="corpus-holdout213", docs=16, recall=96.8, false_present=0, auto=100.0,
                       residue=96.7, placeholders=100.0, false_strings=0),
    # holdout214 (speeches XXII: 党课 and 廉政党课 讲稿), unseen 100 %, auto 93.8 %: （专题党课提纲） under a slogan
    # title; 原董事长郑某某 read as a placeholder.
    "holdout214": dict(folder="corpus-holdout214", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout215 (a reviewer's inbox XV: reports pasted out of tables, spreadsheets and forms), unseen 68.3 %: rows
    # whose label follows a number's cell, Ⅰ　政治建设, label lines over lists (自查发现的主要问题：, 整改措施：).
    # Kept: an Excel export's quoted multi-line cells (each row's label line nests under the item above it),
    # 第N项 and 填报项目（七）：存在问题 forms, problems and plans in two columns of one table.
    "holdout215": dict(folder="corpus-holdout215", docs=16, recall=97.1, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=4),
    # holdout216 (scanners and converters VI: PDF extraction, OCR of numbering marks, footnotes), unseen 97.1 %,
    # residue 81.2 %: page numbers alone, 一 1 一, （三 with its bracket lost, a footnote's *.
    "holdout216": dict(folder="corpus-holdout216", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout217 (annual reports XXX: the secretary in the first person, duties before the aspects), unseen
    # 96.5 %: 一是…六是 inside one paragraph under 主要工作开展情况, （六）一体推进不敢腐… under 在严纪律反腐败上….
    "holdout217": dict(folder="corpus-holdout217", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 31 (scored unseen on 8477f85; a short round at the end of session 37).
    # holdout218 (annual reports XXXI: colleges, research institutes, cultural units), unseen 100 %.
    "holdout218": dict(folder="corpus-holdout218", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout219 (party-building reports XXIV: 两新组织 secretaries), unseen 95.5 %, 1 false present: question headings
    # (差在哪里 / 为什么 / 怎么干), 下半年重点, 党建工作情况的总结, 开通会员服务热线. Kept: 究其原因 woven into a numbered
    # problem counts as cause analysis (ten older truths read it so, two not).
    "holdout219": dict(folder="corpus-holdout219", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout220 (work summaries XXIII: 述职述德述廉述法 of cadres, personal summaries), unseen 95.0 %, auto 62.5 %: a
    # cadre's own 述职述德述廉述法 is a work summary. Kept: a 副局长's or a 校长's 述职 read as a party-building report
    # (older sets read a secretary's plain 述职报告 so, and the title alone cannot tell them apart).
    "holdout220": dict(folder="corpus-holdout220", docs=16, recall=95.0, false_present=0, auto=81.2,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout221 (copied from the web XIX: forums, blogs, Q&A columns, note apps), unseen 98.0 %, residue 75.8 %: a
    # column's lines (分类专栏, 阅读量, 字数, 3人点赞), 相关帖子. Not yet answered: posters' framing and replies, a page
    # title over the report's own title (4 titles).
    "holdout221": dict(folder="corpus-holdout221", docs=16, recall=98.0, false_present=0, auto=100.0,
                       residue=83.3, placeholders=100.0, false_strings=2),
    # holdout222 (speeches XXIII: 述职评议会, 考核大会, 警示教育大会), unseen 97.7 %, residue 92.3 %, 3 on no truth:
    # 鲁某某 (a surname not yet listed), 来源：…办公室（党委宣传部）. Kept: a 主持词's stage direction （填写测评表） read as a
    # blank to fill. Not yet answered: a 点评's closing.
    "holdout222": dict(folder="corpus-holdout222", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout223 (structures VIII: numbered paragraphs, symbols as markers), unseen 96.2 %: a report of numbered
    # paragraphs only (1. … 24.) reads them as paragraphs.
    "holdout223": dict(folder="corpus-holdout223", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout224 (a reviewer's inbox XVI: comments and revisions exported as text), unseen 99.1 %, residue 51.1 %:
    # （？…） questions, 【原】/【改】, merged drafts' labels, 插入的内容:, a 修改情况说明 table.
    "holdout224": dict(folder="corpus-holdout224", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout225 (annual reports XXXII: aspects grouped in pairs and threes), unseen 96.6 %: an aspect a shared heading
    # names second is found at its own paragraph; 和制度约束, 纵深推进反腐败.
    "holdout225": dict(folder="corpus-holdout225", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 32 (scored unseen on d72592d, session 38).
    # holdout226 (annual reports XXXIII: 政法 units), unseen 98.1 %: 当前存在的突出问题 over one paragraph of 一是…三是.
    # Kept: 执法监督 as a procuratorate's sixth part (its own business, not 制度建设).
    "holdout226": dict(folder="corpus-holdout226", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout227 (party-building reports XXV: branches of state enterprises, workshops, stations), unseen 100 %.
    "holdout227": dict(folder="corpus-holdout227", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout228 (work summaries XXIV: 群团 organizations), unseen 98.6 %. Kept: 深化科协系统改革 as a 科协's sixth
    # part (群团改革 is none of 制度建设, 反腐败斗争, 统一战线).
    "holdout228": dict(folder="corpus-holdout228", docs=16, recall=98.6, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout229 (copied from the web XX: 政务公开 pages, 简报, print views), unseen 100 %, residue 90.8 %: a metadata
    # row, 发布者/点击数, 相关附件, 政府网站找错, 本站第N位访客, 报：送：发：, （共印30份）. Kept: a metadata value that
    # reads as a unit's name (碧川县自然资源和规划局 below 发布机构).
    # (residue 98.5 since session 40: a 简报's （共印30份） is its 版记, the document's own, as holdout279's 公文 read it)
    "holdout229": dict(folder="corpus-holdout229", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.5, placeholders=100.0, false_strings=0),
    # holdout230 (speeches XXIV: 集体廉政谈话, 党风廉政建设工作会议), unseen 98.0 %: 坚持刀刃向内，从严加强干部监督管理.
    "holdout230": dict(folder="corpus-holdout230", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout231 (a reviewer's inbox XVII: fill-in drafts, notes to the drafter), unseen 97.2 %, placeholders 78.9 %,
    # residue 62.5 %, 7 on no truth: a template's 填报说明 block, 〔综合科：…〕, 【待补】 before a measure word, ▲▲,
    # [数据待更新], （略）; run-ins 四是…六是 numbered on from （三）.
    "holdout231": dict(folder="corpus-holdout231", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout232 (structures IX: 【】 headings, bullets, circled numbers), unseen 97.1 %: 〔一〕 as a marker; paragraphs
    # opened by 四是 go on with the part above.
    "holdout232": dict(folder="corpus-holdout232", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout233 (annual reports XXXIV: short reports, the duty list), unseen 98.2 %: 身边不正之风整治. Kept: 在整治群众
    # 身边不正之风方面 as a village's sixth paragraph (the same words head a conduct sub-item in holdout42).
    "holdout233": dict(folder="corpus-holdout233", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 33 (scored unseen on 4139cdf, session 38).
    # holdout234 (annual reports XXXV: parts named by brands and slogans), unseen 92.0 %: slogan headings named by the
    # aspect opening their text (一、固本培元 / 在政治建设上，……), a brand's label and its phrase, 查短补板. Kept: an added
    # 学习教育巩固成果 part headed 深入贯彻中央八项规定精神… read as conduct before the report's own 作风提能 part.
    "holdout234": dict(folder="corpus-holdout234", docs=16, recall=98.2, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout235 (party-building reports XXVI: long 述职 of county-level secretaries), unseen 95.5 %: causes under a
    # shared 存在的问题和原因 heading after numbered problems; 主观原因：.
    "holdout235": dict(folder="corpus-holdout235", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout236 (work summaries XXV: 总结及计划, tables of targets), unseen 100 %.
    "holdout236": dict(folder="corpus-holdout236", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout237 (copied from the web XXI: AI chat answers), unseen 99.0 %, placeholders 80.0 %, residue 64.7 %: a
    # prompt naming the unit, search and thinking lines, a reference list, 注意：/相关追问： lists, [X]; titles below
    # the framing; 廉洁国企建设. Kept: a second version's text (only its label is found), 【请补充…】 read as a
    # drafter's note, not a blank.
    "holdout237": dict(folder="corpus-holdout237", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=90.0, placeholders=90.0, false_strings=2),
    # holdout238 (speeches XXV: 民主生活会 and 组织生活会), unseen 100 %, 1 on no truth (a 主持词's （填写测评表）, kept).
    "holdout238": dict(folder="corpus-holdout238", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout239 (a reviewer's inbox XVIII: numbering lost, doubled, broken headings), unseen 83.5 %, 2 weak: 一、1.…,
    # 一、 alone above its words, headings whose numbers were lost above 五、, headings of two phrases ended by 。.
    "holdout239": dict(folder="corpus-holdout239", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout240 (structures X: full-width and ASCII markers, Roman numerals, 第1部分), unseen 99.0 %, residue 0 %, 1
    # weak: I、 VII、, （此部分约500字）, items numbered 一、 under a part numbered 一、.
    "holdout240": dict(folder="corpus-holdout240", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout241 (scanners and converters VII: phone photos, OCR), unseen 94.2 %, residue 91.1 %: l. 4, =、 五‘, （三 before
    # a phrase ended by 。, 图片2 识别结果, 第3张. Kept: a seal's broken letters reported as residue (residue-seal).
    "holdout241": dict(folder="corpus-holdout241", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=2),
    # Wave 34 (scored unseen on 71d9577, session 38).
    # holdout242 (annual reports XXXVI: technical departments, business words inside the aspects), unseen 100 %.
    "holdout242": dict(folder="corpus-holdout242", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout243 (party-building reports XXVII: 机关党委 and 机关党支部 with scores and tables), unseen 100 %, auto
    # 87.5 %. Kept: a branch's own 上半年工作总结 read as a party-building report (older sets read it so).
    "holdout243": dict(folder="corpus-holdout243", docs=16, recall=100.0, false_present=0, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout244 (work summaries XXVI: 驻村第一书记, 挂职干部, 工作队 at a term's end), unseen 96.7 %: 对…的几点建议.
    # A byline in brackets (（省财政厅预算处　刘晓楠）) is no first part.
    "holdout244": dict(folder="corpus-holdout244", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout245 (copied from the web XXII: chat exports and online documents), unseen 89.2 %, residue 71.8 %: 飞书's
    # 文档目录 list, 创建者 / 快速访问 / 编辑过 lines, 企业微信 and 钉钉 lines, chat markers and sender lines. Kept: chat
    # messages themselves (明白, 正文也贴一下…), a document's file name above the title (six titles).
    "holdout245": dict(folder="corpus-holdout245", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=87.8, placeholders=100.0, false_strings=0),
    # holdout246 (speeches XXVI: year-start 工作会议 of 2027), unseen 97.9 %: 今天的会议开得很好，会议结束。
    "holdout246": dict(folder="corpus-holdout246", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout247 (a reviewer's inbox XIX: appendices, duplicates, a 情况说明 after), unseen 97.2 %: 代表人士队伍,
    # 校园餐专项整治. Kept: a cover 请示's lines reported as a channel's, a sixth part placed after the plans.
    "holdout247": dict(folder="corpus-holdout247", docs=16, recall=98.2, false_present=0, auto=100.0,
                       residue=92.9, placeholders=100.0, false_strings=2),
    # holdout248 (structures XI: problems and plans inside each aspect), unseen 98.0 %, 6 false present: kept — the
    # set marks problems and plans null where they sit inside each aspect's part; the checklist finds them there.
    "holdout248": dict(folder="corpus-holdout248", docs=16, recall=98.0, false_present=6, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout249 (annual reports XXXVII: 统战部, 民宗局, 工商联, 侨联, 台办; aspects in unusual order), unseen 100 %.
    "holdout249": dict(folder="corpus-holdout249", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # The thirty-fifth wave, scored unseen on 9d29d24 (session 39).
    # holdout250 (annual reports XXXVIII: 人大, 政协, 体育局, 国资委, 园区), unseen 97.3 %: long two-clause sub-headings
    # over their own paragraphs ((六)坚持以制度建设固本强基，……。) read as items.
    "holdout250": dict(folder="corpus-holdout250", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout251 (party-building reports XXVIII: village and township 述职 at the 述职评议), unseen 97.0 %: 明年，我重点
    # 抓好以下几点：, 五、我的履职承诺 (plans, not the work done).
    "holdout251": dict(folder="corpus-holdout251", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout252 (work summaries XXVII: private and foreign firms' branches, 商会, 协会), unseen 96.9 %, auto 81.2 %: a
    # branch's plain 工作总结 (a work summary), 反商业贿赂. Kept: problems inside each section marked as one range
    # that overlaps the work's.
    "holdout252": dict(folder="corpus-holdout252", docs=16, recall=98.4, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout253 (copied from the web XXIII: PDF attachments, watermarks, page furniture), unseen 96.3 %, residue
    # 92.3 %: an indented line after a full one, · 1 · pages, 由 易扫王 扫描创建, watermarks inside lines, 附件：… over
    # the title. Kept: a ×× broken over two lines reported as ×.
    "holdout253": dict(folder="corpus-holdout253", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=2),
    # holdout254 (speeches XXVII: 表态发言, 述责述廉, 交流发言), unseen 100 %, auto 81.2 %. Kept: three 述责述廉报告 with a
    # salutation that the set reads as speeches (older sets read such reports as annual reports, 7 to 8 with a
    # salutation), a 纪律建设和反腐败斗争 part whose sixth part the set marks null (three sets read it as both).
    "holdout254": dict(folder="corpus-holdout254", docs=16, recall=100.0, false_present=1, auto=81.2,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout255 (a reviewer's inbox XX: review marks left in), unseen 99.1 %, residue 51.7 %: [批注1: …], （建议改为：…）,
    # 【删】…【增】, ~~struck~~ paragraphs, a 修改意见 block above or below the report. Kept: the rule line above a
    # 修改意见 block below the signature.
    "holdout255": dict(folder="corpus-holdout255", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.3, placeholders=100.0, false_strings=0),
    # holdout256 (structures XII: deep outlines, mixed markers), unseen 100 %.
    "holdout256": dict(folder="corpus-holdout256", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout257 (annual reports XXXIX: townships laid out by duty holder), unseen 99.1 %, 1 false present: 群众身边不正之风
    # 和腐败问题治理见效, not 发挥“头雁”示范作用.
    "holdout257": dict(folder="corpus-holdout257", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # The thirty-sixth wave, scored unseen on b6e8e9f (session 39).
    # holdout258 (annual reports XL: universities, schools, hospitals, research institutes), unseen 100 %.
    "holdout258": dict(folder="corpus-holdout258", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout259 (party-building reports XXIX: department branch secretaries), unseen 95.5 %: 锚定……目标 (plans), a
    # share bar without its label. Kept: a 述职评议表 written as lines (labels over numbered items, TAB fields).
    "holdout259": dict(folder="corpus-holdout259", docs=16, recall=97.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout260 (work summaries XXVIII: units whose business is discipline), unseen 100 %.
    "holdout260": dict(folder="corpus-holdout260", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout261 (copied from the web XXIV: mobile pages and app toolbars), unseen 97.1 %, residue 85.8 %: [图片] and
    # 图为…… captions (no heading, no hard-wrapped line), 听新闻 / 夜间模式 / 字号 / 监制 / 原创 lines. Kept: an account's
    # name alone on its line, a 【延伸阅读】 summary of another report.
    "holdout261": dict(folder="corpus-holdout261", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.3, placeholders=100.0, false_strings=0),
    # holdout262 (speeches XXVIII: 党课讲稿), unseen 92.9 %, 4 on no truth: cited persons named by surname and 某某, a
    # ——subtitle wrapped onto the title's line. Kept: a final 让我们……！ call that the set reads as the closing (older
    # sets 5 to 1 read it as none).
    "holdout262": dict(folder="corpus-holdout262", docs=16, recall=92.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout263 (a reviewer's inbox XXI: reports as forms), unseen 77.8 %: TAB rows labelled 政治建设：…, 对照事项一：
    # 政治建设 / 检查项目：… fields, scores between items. Kept: an Excel paste whose quoted cells hold numbered lines, a
    # form pasted one cell per line, a label over a table after a numbered list, form headers reported as a channel's.
    "holdout263": dict(folder="corpus-holdout263", docs=16, recall=93.5, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=4, weak=1),
    # holdout264 (structures XIII: Markdown and plain-text layouts), unseen 100 %.
    "holdout264": dict(folder="corpus-holdout264", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout265 (annual reports XLI: the Party's own departments), unseen 99.1 %: 紧盯身边不正之风.
    "holdout265": dict(folder="corpus-holdout265", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # The thirty-seventh wave, scored unseen on d62e3b4 (session 39).
    # holdout266 (annual reports XLII: banks, insurers, securities firms), unseen 97.3 %: 反腐攻坚 / 金融反腐. Kept: a
    # brand label (“党建+清廉”：……) that heads with its label alone, an unheaded report's parts opened by plain leads.
    "holdout266": dict(folder="corpus-holdout266", docs=16, recall=97.3, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout267 (party-building reports XXX: communities, 红色物业, 网格), unseen 91.5 %, auto 87.5 %: 还有哪些没做好？,
    # 存在哪些问题, 明年，我想把几件事做好, 准备抓好的几项工作, 党建引领……工作情况报告. Kept: a 大工委 member company's
    # report on its 共建 work (a work summary here), causes found a paragraph early.
    "holdout267": dict(folder="corpus-holdout267", docs=16, recall=98.6, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout268 (work summaries XXIX: townships' whole-year summaries), unseen 100 %.
    "holdout268": dict(folder="corpus-holdout268", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout269 (copied from the web XXV: 范文 pages with several pieces), unseen 98.1 %, residue 64.2 %: the pieces'
    # labels, toolbars and prompts. Kept: the other pieces' text, which the set marks as residue line by line, and
    # the page's title taken for the first piece's (seven titles).
    # (session 40: the page's other pieces from 篇二 / 范文（二） / 例文二 on set aside and reported whole, its list of
    # pieces read as a table of contents: 100.0 %, residue 95.7 %)
    "holdout269": dict(folder="corpus-holdout269", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.7, placeholders=100.0, false_strings=0),
    # holdout270 (speeches XXIX: 交流研讨, 读书班, 对照检查发言), unseen 97.3 %. Kept: a salutation below a Party school
    # page's chrome.
    "holdout270": dict(folder="corpus-holdout270", docs=16, recall=97.3, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout271 (a reviewer's inbox XXII: numbering gone wrong), unseen 97.2 %: a bare heading line alone under a
    # numbered heading.
    "holdout271": dict(folder="corpus-holdout271", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout272 (structures XIV: 清单 tables), unseen 97.1 %: a table's header row (序号｜存在的问题｜…), 整改台账.
    "holdout272": dict(folder="corpus-holdout272", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout273 (annual reports XLIII: villages and communities), unseen 92.8 %: 抓政治, 把好政治关, 管方向, 治不正之风,
    # 治歪风, 立制度. Kept: 一、班子责任 read as the organizational part (the set: political).
    "holdout273": dict(folder="corpus-holdout273", docs=16, recall=98.2, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Session 40's wave (sets 274-281), each scored once unseen on 4441c92; mean 98.0 %.
    # holdout274 (annual reports XLIV: state enterprises), unseen 99.1 %: 深化……领域腐败治理 after 一体推进“三不腐”.
    "holdout274": dict(folder="corpus-holdout274", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout275 (party-building reports XXXI: 新就业群体, 楼宇, 网格), unseen 100.0 %.
    "holdout275": dict(folder="corpus-holdout275", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout276 (work summaries XXX: 党风廉政建设工作总结), unseen 98.4 %, auto 50.0 %: the title's 党风廉政建设……总结
    # no longer chooses the annual report; 校务公开方面 holds no 开方. Kept: a branch's 党建和党风廉政建设工作总结 (work summary).
    "holdout276": dict(folder="corpus-holdout276", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout277 (copied from the web XXVI: 政府门户 信息公开 pages), unseen 100.0 %, residue 93.2 %: the metadata rows
    # (信息分类, 公开形式, 效力状态, an empty 文号：), 点击数：[ 301 ], 字体：[大] [中] [小], 长者模式, 无障碍浏览, 视力保护色,
    # 本网站支持IPv6, 【一图读懂】, 解读：《…》, 相关稿件. Kept: a labelled 文号 row with its number (an OA export's is the document's),
    # whose empty form is matched by its unspaced labels only (文 *号 would run the pattern on every report: +0.7 M at start-up).
    "holdout277": dict(folder="corpus-holdout277", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.9, placeholders=100.0, false_strings=0),
    # holdout278 (speeches XXX: 换届 工作报告 and 主持词), unseen 89.4 %, auto 43.8 %: 对下届支委会的建议, 新一届支委怎么干,
    # 届期工作总结 (a branch's party-building report), 宣布……胜利闭幕！, a ballot's 画“×”. Kept: a 党代会 工作报告 is the
    # party-building report (the set: a speech, five documents), 让我们……而努力奋斗！ no closing (the set: two).
    "holdout278": dict(folder="corpus-holdout278", docs=16, recall=95.7, false_present=0, auto=68.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout279 (a reviewer's inbox XXIII: 公文 with 版头 and 版记), unseen 99.1 %: a 责任清单 appended after the
    # signature no longer names a part the report has; （共印15份） is the document's. Kept: a seven-digit 份号 0000012.
    "holdout279": dict(folder="corpus-holdout279", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout280 (structures XV: questions, slogans, A. B. C.), unseen 98.0 %: C. 2026年工作打算 is a heading; 以上是我
    # ……的工作总结 no part.
    "holdout280": dict(folder="corpus-holdout280", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout281 (annual reports XLV: 县委, 区委, 市委), unseen 100.0 %. Kept: 以案促改促治 (a paragraph of the
    # discipline part) read as the sixth part; 十五届某次全会's 某次 not a placeholder.
    "holdout281": dict(folder="corpus-holdout281", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=85.7, false_strings=0),
    # Session 40's second wave (sets 282-289), each scored once unseen on 6279cea; mean 94.3 %.
    # holdout282 (annual reports XLVI: 公安, 税务, 海关, 气象, 消防), unseen 100.0 %.
    "holdout282": dict(folder="corpus-holdout282", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout283 (party-building reports XXXII: colleges, hospitals, institutes), unseen 100.0 %, auto 87.5 %: a 样板支部
    # 创建 report is a branch's party-building report. Kept: ……党支部2026年度工作总结 (a work summary, as 11 of 13 older read).
    "holdout283": dict(folder="corpus-holdout283", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout284 (work summaries XXXI: personal and 考核 summaries), unseen 94.3 %, auto 87.5 %: 公务员年度考核登记表, a cadre's
    # 个人述职述廉报告 (work summaries). Answered in session 41: 德能勤绩廉 labels (【德】 alone on a line heads a part), 不足的是，
    # problems and plans in one paragraph (……不强；在新的一年里，我将……). Kept: a form's 个人总结 box.
    "holdout284": dict(folder="corpus-holdout284", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout285 (copied from the web XXVII: 文库 previews), unseen 96.1 %, residue 84.5 %: pagers (【上一页】 [1] [2], 本文分页,
    # 本文未完), uploaders, 已全部预览, Page 2 / 6, — 2 / 7 —, 〔第2页〕, 为你推荐 / 相关……推荐 lists; Page 2 / 6 and 第 2/8 页 between
    # a part's lines are a page's furniture (the parts after them were lost: 96.1 → 100 %).
    "holdout285": dict(folder="corpus-holdout285", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout286 (speeches XXXI: 2027 meetings), unseen 92.7 %. Kept: 让我们……而努力奋斗！ as the closing (the set: three; older
    # sets read it as none).
    "holdout286": dict(folder="corpus-holdout286", docs=16, recall=92.7, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout287 (a reviewer's inbox XXIV: review marks), unseen 97.2 %, residue 49.3 %: a reviewer's memo (关于退回……修改的
    # 通知, 关于《……》的修改意见, ……审阅意见（1月7日）：, 修改说明：) with its addressee, items, office and date; 删除：/插入：.
    # Kept: a part's second version marked as the one to keep (【以下为第二稿……请以此为准】: the first is the residue), （修改稿）
    # alone, ====== (a Markdown underline elsewhere). Answered in session 41: a reviewer's memo above the title (review-memos), a
    # second version under 【备选稿……】 (residue-alternate).
    "holdout287": dict(folder="corpus-holdout287", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=90.1, placeholders=94.1, false_strings=0),
    # holdout288 (structures XVI: parts inside lines), unseen 76.5 % and 18 on no truth string: a Markdown answer run into one
    # line (**一、……** inline, its bold no placeholder). Answered in session 41: 1.在……上，……；2.…… and ①…② numbered inside
    # one paragraph, （一）（二） in the overview above the heading （三） (a heading's own kind of number run on).
    "holdout288": dict(folder="corpus-holdout288", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout289 (annual reports XLVII: 街道, 园区, 协会), unseen 97.3 %: 亲清政商关系, 身边“微腐败” as the sixth part.
    "holdout289": dict(folder="corpus-holdout289", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Session 41's wave 40, each scored once unseen on 26b3ad8 (mean recall 98.8 %).
    # holdout290 (annual reports XLVIII: 县直部门党组, the sixth part named their own way), unseen 98.2 %. Kept: 巡视巡察整改 as
    # the sixth part (two; the set brief asked for it: it is the rectification item, not one of 制度建设/反腐败/统一战线).
    "holdout290": dict(folder="corpus-holdout290", docs=16, recall=98.2, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout291 (party-building reports XXXIII: 村/社区/乡镇 书记 述职), unseen 97.0 %: 群众身边不正之风和腐败问题有效遏制 as
    # the sixth part. Kept: a plan list with no heading under the problems (1.抓好学习提升 … 6.严守纪律底线).
    "holdout291": dict(folder="corpus-holdout291", docs=16, recall=98.5, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout292 (work summaries XXXII: 科室/中心/站所, a 党建 part among business parts), unseen 100 %, residue 75.0 %: an OA
    # system's attached files with their sizes (附件：….docx（48.2KB）).
    "holdout292": dict(folder="corpus-holdout292", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout293 (copied from the web XXVII: 文档分享, 个人图书馆, 问答, 博客, chat assistants), unseen 100 %, residue 92.9 %:
    # 原价：10积分 VIP免费, 点赞 23 收藏 41 评论 7 分享, 评论（7）, 追问：/追答：, 其他2条回答, 阅读全文 ∨, **说明：** over an
    # assistant's notes. Kept: --- (the corpus splits 22 to 19 on it), an answerer's aside in brackets.
    "holdout293": dict(folder="corpus-holdout293", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.6, placeholders=100.0, false_strings=0),
    # holdout294 (speeches XXXII: 对照检查, 研讨, 表态 and 主持词), unseen 100 %, residue 88.9 %: a transcript's [掌声].
    "holdout294": dict(folder="corpus-holdout294", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout295 (a reviewer's inbox XXV: WPS and Word furniture), unseen 100 %, placeholders 80.0 %, residue 92.2 %, one on no
    # truth string: （具体数字）, 批注 over the comments, 已删除: glued into a sentence, a 修改说明's items numbered 一、二、
    # (part-items), 紧急程度：平件 a 版头's own line; a running header right above the title no line of it.
    "holdout295": dict(folder="corpus-holdout295", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout296 (structures XVII: odd numberings), unseen 95.0 %: （一）（二）（三） run into the lines above the heading （四）,
    # （五）（六） after it. Kept: 防范惩治统计造假 as the sixth part (the set's reading; none of the three).
    "holdout296": dict(folder="corpus-holdout296", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout297 (annual reports XLIX: 乡镇党委 and 县级 党委/党组, long), unseen 100 %.
    "holdout297": dict(folder="corpus-holdout297", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Session 41's wave 41, each scored once unseen on 014f789 (mean recall 98.3 %).
    # holdout298 (annual reports L: 国企, 金融, 学校, 医院), unseen 99.1 %. Kept: a discipline part's （三）深化医药领域腐败问题
    # 整治 serves the sixth part before 六、推进清廉医院建设 (清廉 is discipline's at 8: reading 六 as the sixth part cost holdout23).
    "holdout298": dict(folder="corpus-holdout298", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout299 (party-building reports XXXIV: 机关/企业 支部书记 述职), unseen 100 %, genre 87.5 %, residue 93.8 %. Kept: two
    # 机关党委/机关党支部 党建工作总结 the set calls work summaries (the genres' own brief: party-building), 来源：… of a unit.
    "holdout299": dict(folder="corpus-holdout299", docs=16, recall=100.0, false_present=0, auto=87.5,
                       residue=93.8, placeholders=100.0, false_strings=0),
    # holdout300 (work summaries XXXIII: 乡镇/街道/部门, long, tables), unseen 100 %, one false present (problems inside each
    # sub-part, truth null: the tool finds them), residue 93.3 % (--- kept: the corpus splits on it).
    "holdout300": dict(folder="corpus-holdout300", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=93.3, placeholders=100.0, false_strings=0),
    # holdout301 (copied from the web XXVIII: 公众号, 视频号, 小红书, 微博, 头条, 新闻客户端), unseen 98.8 %, residue 88.0 %:
    # 壹 | 主要工作成效 headings; 本文来自【…】客户端, 打开…阅读更多, 发布于 iPhone, 【相关链接】, 责任编辑：… | 值班主任：…, 图｜ and
    # ▲…供图 captions, 留言精选, counts split by |.
    "holdout301": dict(folder="corpus-holdout301", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.4, placeholders=100.0, false_strings=0),
    # holdout302 (speeches XXXIII: 全面从严治党工作会议, 纪委全会, 警示教育, 廉政谈话), unseen 100 %, genre 93.8 %, residue 78.6 %:
    # [音频不清], [音频 21:30], （掌声） alone. Kept: a 述责述廉报告 read at a 评议会 the set calls a speech.
    "holdout302": dict(folder="corpus-holdout302", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout303 (a reviewer's inbox XXVI: marked-up drafts), unseen 99.1 %, residue 53.8 %, 3 on no truth string: comment
    # threads (批注人：, 回复@…：, ——批注区——), <del>/<ins>, ※请……核实, （注：……待核）, 【备选】 versions, 免费下载 of e-books.
    # Kept: a draft mark alone on a line (（初稿）, （第三稿）: the corpus reads it as the document's own, 19 to 4), [待定] (a
    # placeholder, as the corpus has it), 内容：… under 批注人.
    "holdout303": dict(folder="corpus-holdout303", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=91.2, placeholders=100.0, false_strings=2),
    # holdout304 (structures XVIII: questions, bold lines, emoji, tables, 其一/其二), unseen 93.9 %, 5 on no truth string: 其一，
    # 在政治建设上，…… paragraphs. Kept: ** around a bold phrase inside a line (a placeholder by the rule), ─── under headings.
    "holdout304": dict(folder="corpus-holdout304", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=5),
    # holdout305 (annual reports LI: 村/社区, 非公企业, 社会组织, plain and short), unseen 95.2 %: 政治上站稳脚跟, 学习上跟得紧 /
    # 学习方面, 制度上立得牢; a merged 作风纪律 part over one 作风上，…… paragraph keeps discipline.
    "holdout305": dict(folder="corpus-holdout305", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 42 (session 42), each set scored once unseen on ce5067b: mean 98.8 %.
    # holdout306 (annual reports LII: 市直/县直 部门 党组, long with （一） sub-parts), unseen 99.1 %, residue 83.3 %: 五、坚持严
    # 的基调，强化纪律约束和监督 (纪律约束 names discipline); 【来源：…】 alone on a line.
    "holdout306": dict(folder="corpus-holdout306", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout307 (party-building reports XXXV: 高校院系, 科研院所, 医院 支部), unseen 100 %. Kept: three parts found in a qmcz
    # report the set marks aspect-less (（五）坚持建强队伍 reads as organizational).
    "holdout307": dict(folder="corpus-holdout307", docs=16, recall=100.0, false_present=3, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout308 (work summaries XXXIV: 纪委, 巡察办, 组织部, 宣传部, 统战部), unseen 100 %, genre 93.8 %, residue 42.9 %: a chat
    # assistant's menu under 如果需要，我还可以帮您：, 数据和案例均为示例. Kept: a 组织部's 关于2026年度工作情况的报告 read as a qmcz report.
    "holdout308": dict(folder="corpus-holdout308", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout309 (copied from the web XXIX: 文库 sites, PDF-to-text), unseen 98.9 %, residue 99.1 %: 相关搜索：, 打印 | 关闭; a
    # title broken after its year. Kept: 下步打算： joined to a full line above it (the text before it cut mid-sentence).
    "holdout309": dict(folder="corpus-holdout309", docs=16, recall=98.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout310 (speeches XXXIV: 对照检查, 研讨, 党课), unseen 97.9 %, residue 88.2 %: 谢谢大家！[鼓掌] (a stage direction after a
    # closing), 录音整理：… (the note under a title, （根据录音整理，未经本人审阅）, is the document's own: taken out of its truth).
    "holdout310": dict(folder="corpus-holdout310", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout311 (a reviewer's inbox XXVII: Word's furniture), unseen 98.2 %: a running header between paragraphs, a heading
    # title cut at [删除：. Footnotes and text-box contents taken out of its residue (the corpus reads them as the document's own).
    "holdout311": dict(folder="corpus-holdout311", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout312 (structures XIX: numbering as typed), unseen 98.0 %, residue 92.9 %: 六、存在问题一是…… (a heading run into its
    # first item), 写下你的留言.
    "holdout312": dict(folder="corpus-holdout312", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout313 (annual reports LIII: 县委, 乡镇, 街道; seven parts), unseen 98.2 %: 健全完善制度建设 (完善制度 hid 制度建设). Kept:
    # 三是同步抓好分管领域廉政建设 (一岗双责) taken for discipline over 一是严明纪律规矩 under 支持监督责任.
    "holdout313": dict(folder="corpus-holdout313", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 43 (session 42), each set scored once unseen on 410d51b: mean 98.5 %.
    # holdout314 (annual reports LIV: 省直厅局, 市委部门, full length), unseen 99.1 %. Kept: 三、坚持一体推进不敢腐不能腐不想腐
    # after a part that holds 组织、作风、纪律 together (the sixth part by the set; 不敢腐 names discipline too).
    "holdout314": dict(folder="corpus-holdout314", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout315 (party-building reports XXXVI: 村/社区/两新 书记, plain words), unseen 98.5 %, 11 on no truth string: a
    # 述职评议表's head above the report (the form's name and fields kept as the document's own), its check boxes (好□).
    # Kept: a ──── rule under the form (the corpus has it residue once, not twice).
    "holdout315": dict(folder="corpus-holdout315", docs=16, recall=98.5, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout316 (work summaries XXXV: 个人 总结 and 述职), unseen 95.7 %, genre 87.5 %: a cadre's business 述职 (副镇长…述职报告,
    # 个人述职报告) is a work summary; 。新的一年，我要……；要…… closing a paragraph is the plan. Kept: 个人总结： over a form's box.
    "holdout316": dict(folder="corpus-holdout316", docs=16, recall=97.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout317 (copied from the web XXX: forums and Q&A), unseen 98.9 %, genre 93.8 %, residue 64.4 %, titles 7 wrong: forum
    # chrome (只看楼主, 收起回复, 7#, 积分 88, IP 属地…, 采纳率…) in the rulebook and the front matter; a reply below the signature
    # that reads as a heading. Kept: the replies' own words and the posters' names (no pattern tells them).
    "holdout317": dict(folder="corpus-holdout317", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=82.5, placeholders=100.0, false_strings=0),
    # holdout318 (speeches XXXV: 党建/廉政/组织工作会议 讲话, 主持词, long), unseen 100 %.
    "holdout318": dict(folder="corpus-holdout318", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout319 (placeholders XII: every blank and its look-alikes), unseen 100 %, placeholders 86.5 %, 10 on no truth
    # string: **bold** closing a clause or a quotation, **1.…** leads, 〔  〕, （时间待定）, ⋯⋯个. Kept: 以**…**为主题 (a
    # bold phrase mid-clause, read as bold after its verb in session 46), --- under a chat's answer; 某同志 found in
    # session 46.
    "holdout319": dict(folder="corpus-holdout319", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=75.0, placeholders=100.0, false_strings=0),
    # holdout320 (structures XX: problems first, decimals, Q&A, tables, triples, quoted labels), unseen 96.0 %: “清源头”：
    # 整治…… (a quoted label and its phrase head the paragraph). Kept: 问题—原因—措施 triples (problems and plans over the
    # whole block, by the set).
    "holdout320": dict(folder="corpus-holdout320", docs=16, recall=98.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout321 (annual reports LV: 群团 党组), unseen 100 %, genre 93.8 % (a 关工委's 党建工作报告 read as a work summary, kept).
    "holdout321": dict(folder="corpus-holdout321", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Wave 44 (session 42), each set scored once unseen on 4e51e53: mean 97.9 %.
    # holdout322 (annual reports LVI: 垂直管理系统 党委), unseen 96.6 %, residue 83.3 %: 6．严查金融领域腐败 (the sixth part), an
    # OA export's 流转状态：. Kept: （五）从严执纪问责，深化清廉税务建设 / （六）一体推进“三不腐” read the other way round; 惩腐肃纪方面.
    # Answered in session 43: 6. 惩腐肃纪方面 (the sixth part; discipline at 5. 纪律严警方面).
    "holdout322": dict(folder="corpus-holdout322", docs=16, recall=98.3, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout323 (party-building reports XXXVII: problems, causes, measures headed one by one), unseen 100 %.
    "holdout323": dict(folder="corpus-holdout323", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout324 (work summaries XXXVI: 国企/民企, business figures), unseen 94.3 %. Kept (left for a later session): three
    # plans parts of business summaries (五、2027年工作思路 after slogan headings; 经营目标 tables) found elsewhere or not at all.
    # Answered in session 43: 重点工作多点突破 / 重点工作：…步伐加快 are no plans.
    "holdout324": dict(folder="corpus-holdout324", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout325 (copied from the web XXXI: 学习强国, 澎湃号, 网易号, 搜狐号, 百家号, chat answers), unseen 100 %, residue 81.0 %:
    # **注意事项：** / 温馨提示： over an assistant's notes, 本文来自网易号…, 发布于：省, 查看原图, ……告诉我即可. Kept: --- rules.
    "holdout325": dict(folder="corpus-holdout325", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=92.2, placeholders=100.0, false_strings=0),
    # holdout326 (speeches XXXVI: short remarks), unseen 97.6 %: 就讲这些。 (a closing without 我). Kept: a news report of a
    # 调研 (指出……强调) the set calls a speech.
    "holdout326": dict(folder="corpus-holdout326", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout327 (a reviewer's inbox XXVIII: reports in mails and chat exports), unseen 99.1 %, residue 75.6 %, titles 9 wrong:
    # 您好！ greetings, 此致 / 敬礼！, a mail's 主题：/时间： lines. Kept: the senders' own notes and signatures (free text), the
    # titles of reports under a cover note (seven).
    # Answered in session 43: the title below the mail's last header, a reviewer's 收到，有几处要改：, a mail signature's
    # 电话 line under 此致 / 敬礼！.
    "holdout327": dict(folder="corpus-holdout327", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.3, placeholders=100.0, false_strings=0),
    # holdout328 (structures XXI: very short reports, parts missing), unseen 95.7 %: 从存在问题看，…… / 从四季度安排看，…… open
    # the parts. Kept: 1.–8. paragraphs with no aspect words (3.全系统41个基层党组织……; 8.2026年，党组将……).
    # Answered in session 43: a numbered paragraph's 3. is no part of its lead; a title without a year reads its opening 2025年，.
    "holdout328": dict(folder="corpus-holdout328", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=66.7, placeholders=100.0, false_strings=0),
    # holdout329 (annual reports LVII: 2023–2026, 上半年, 一季度, 截至11月), unseen 100 %.
    "holdout329": dict(folder="corpus-holdout329", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # wave 45 (session 43), each scored once unseen on efa55f08 (mean 98.2 %). holdout330 (annual reports LVIII: 政法 and 执法
    # departments), unseen 100 %.
    "holdout330": dict(folder="corpus-holdout330", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout331 (party-building reports XXXVIII: 县委书记 / 乡镇党委书记 述职), unseen 94.0 %: 八、2027年抓党建工作思路 is no
    # achievements (抓党建工作 before 思路); 七、问题与原因 over 原因方面：… (a heading naming two parts yields to the one no other
    # heading names: causes at 原因方面).
    "holdout331": dict(folder="corpus-holdout331", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout332 (党建工作总结 of 支部/党委), unseen 100 %, genre 56.2 % — the set brief had asked for 党建工作总结 as work
    # summaries; seven were moved to party-building-report/ at review (the genres of docs/blind-sets.md). 从原因上看，opens causes.
    "holdout332": dict(folder="corpus-holdout332", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout333 (OCR of scans and photos), unseen 100 %, residue 76.8 %: 第2张/共4张, [图片2], 以上文字由图片转文字识别生成, 由 掌上扫描
    # 扫描生成, 识别结果（第2/2页）, — 识别完成 · 共2页 —, a margin note signed 刘, a scan's 2O25年 (a title broken after it). Kept: a seal's
    # ring read rotated (桥县教育体育局党组中共岚). Corrected at review: OCR's [印章] is a stamp line, not residue.
    "holdout333": dict(folder="corpus-holdout333", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.1, placeholders=100.0, false_strings=0),
    # holdout334 (speeches XXXVII: 述责述廉, 表态发言, 纪委书记讲话), unseen 100 %.
    "holdout334": dict(folder="corpus-holdout334", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout335 (drafts assembled from offices' contributions), unseen 97.2 %, residue 6.7 %, placeholders 77.8 %: the
    # assembler's notes (【人事科提供】, ===== 宣传科 =====, ■ 待遇保障股报：, （此段由宣传科补充）, ★请纪检组核实数据, 以下为党建办材料：),
    # （此处待纪检组提供）. Kept: a part given twice, marked on its first copy (three found on the second); a heading with only a
    # request under it (present). Corrected at review: 报送说明 and 联系人 lines are the unit's own.
    "holdout335": dict(folder="corpus-holdout335", docs=16, recall=97.2, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout336 (structures XXII: markdown and tables), unseen 98.1 %, placeholders 83.3 %: placeholders inside **bold**
    # (allow-marks), a bold signature's date left to fill ends the report (a chat's 使用说明 below it is no part). Kept: a
    # ┌─┬─┐ table whose first column wraps (整治群众/身边不正/之风和腐/败问题).
    "holdout336": dict(folder="corpus-holdout336", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout337 (annual reports LIX: 两新 and 行业 党组织), unseen 96.1 %: 旗帜领航强政治, 正风纪, 七、2027年重点.
    "holdout337": dict(folder="corpus-holdout337", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # wave 46 (session 43), each scored once unseen on 7af9359 (mean 99.4 %).
    # holdout338 (annual reports LX: 人大、政协、政府办、发改、财政、审计、统计 党组), unseen 100 %.
    "holdout338": dict(folder="corpus-holdout338", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout339 (party-building reports XXXIX: 市直机关 支部书记 述职), unseen 100 %.
    "holdout339": dict(folder="corpus-holdout339", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout340 (work summaries XXXVIII: 窗口 and 服务 units), unseen 100 %.
    "holdout340": dict(folder="corpus-holdout340", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout341 (copied from the web XXXIII: 政府信息公开 pages), unseen 100 %, residue 95.5 %, 1 on no truth string: a labelled 文　　号：… field, 【索引号】 … fields,
    # an index number in the header table's row, 相关链接： with spaces, a page's headline ……的报告（附件） running into the title (a
    # hard-wrapped copy: a title's line ending in a bracketed note runs into nothing).
    "holdout341": dict(folder="corpus-holdout341", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout342 (speeches XXXVIII: 党课 讲稿), unseen 95.9 %: two closings the set brief had wrongly named (a final exhortation, 同志们，……
    # 让我们……！, is no closing: the corpus reads it so, 86 to 15; corrected at review).
    "holdout342": dict(folder="corpus-holdout342", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout343 (a reviewer's inbox XXX: attachments after the signature), unseen 100 %, 1 on no truth string: an appended table's
    # row of figures (“云岭通”注册用户⇥万人⇥176⇥230) is no menu.
    "holdout343": dict(folder="corpus-holdout343", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout344 (structures XXIII: reports by responsibility), unseen 99.0 %: 存在的问题主要有：一是…… opens the problems.
    "holdout344": dict(folder="corpus-holdout344", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout345 (placeholders XIII), unseen 100 %, 2 on no truth string: **党的二十届四中全会精神** bold inside a sentence (围绕**…**开展),
    # reported as two blanks until session 44 (a longer bold phrase after a verb of the kind is a phrase; 在**律师事务所成立**巾帼 is not).
    "holdout345": dict(folder="corpus-holdout345", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Session 44, wave 47 (holdout346–353, scored unseen on e2b9c6d: mean recall 99.2 %).
    # holdout346 (annual reports LXI: 社会事业 部门 党组), unseen 100 %.
    "holdout346": dict(folder="corpus-holdout346", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout347 (party-building reports XL: 国企 党委 / 支部 书记 述职), unseen 98.4 %: 第三部分　2027年重点 under a title without a year (the
    # year read from ……就2026年度……述职 in the opening); two 问题及原因 headings' causes, null as written, corrected at review.
    "holdout347": dict(folder="corpus-holdout347", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout348 (work summaries XXXIX: 事业单位 with a Party-building section), unseen 100 %.
    "holdout348": dict(folder="corpus-holdout348", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout349 (copied from the web XXXIV: browser prints, note-app clips), unseen 100 %, residue 80.4 %: a print's footer (the address,
    # a tab, 1/3), 剪藏自：, 原文链接：, 阅读时长, [链接], a comment thread's （@王建国 ……）. Left: a line of emoji (🌟🌟🌟), an address in brackets.
    "holdout349": dict(folder="corpus-holdout349", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.8, placeholders=100.0, false_strings=0),
    # holdout350 (speeches XXXIX: 动员部署 and 推进会), unseen 100 %, residue 91.7 % (a photo's caption ▲3月10日，……); a slogan title over its
    # occasion line below a 公众号's lines.
    "holdout350": dict(folder="corpus-holdout350", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout351 (a reviewer's inbox XXXI: online 填报 / 考核 systems), unseen 98.9 %, residue 54.0 %: counters, rows of buttons, attachment rows,
    # hints, bare body labels; the title below a form's fields. Fields with the unit's own value corrected at review (not residue). Left: a row of
    # common buttons alone (打印　返回, 提交), a menu item, a rating widget, a system's metadata row.
    "holdout351": dict(folder="corpus-holdout351", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.4, placeholders=100.0, false_strings=0),
    # holdout352 (structures XXIV: nested, combined and split parts), unseen 95.9 %: 第一章 / 第一节 numbering. Left: an ideological part split over
    # two headings (理论学习 early, 意识形态 later), the set giving the first, the checklist the stronger (18 against 16).
    "holdout352": dict(folder="corpus-holdout352", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout353 (annual reports LXII: 农业 / 资源 / 建设 系统 党组), unseen 100 %.
    "holdout353": dict(folder="corpus-holdout353", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # Session 44, wave 48 (holdout354–361, scored unseen on c5acfe5: mean recall 99.2 %).
    # holdout354 (annual reports LXIII: 金融 党委), unseen 98.1 %: **2027年，支部将重点做好以下工作。** a bold lead with a year; （二）加强思想
    # 教育，巩固拓展党纪学习教育成果 is the ideological part's only place, discipline's （五）严明纪律规矩 (a heading yields to a part no
    # other heading names).
    "holdout354": dict(folder="corpus-holdout354", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout355 (party-building reports XLI: 中小学 党组织书记 述职), unseen 100 %.
    "holdout355": dict(folder="corpus-holdout355", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout356 (work summaries XL: 机关 科室 and 党员 个人), unseen 98.1 %. Left: problems and plans in one closing paragraph
    # (……要清醒看到……。今后，我将……): the plans' sentence is no paragraph's opening.
    "holdout356": dict(folder="corpus-holdout356", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout357 (copied from the web XXXV: work apps and shares), unseen 97.7 %, residue 77.8 %: a chat's timestamps between 【…】
    # headings (2026年1月9日 21:50: a page's line, not a wrapped one), a work group's link card over the title; read counts, an approval's
    # trail, share lines. Left: a card's labels (下周计划, 需协调与帮助, 无), 👍 2 💬 1, a chat's reply.
    "holdout357": dict(folder="corpus-holdout357", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=93.5, placeholders=100.0, false_strings=0),
    # holdout358 (speeches XL: 座谈会 and 大会 讲话), unseen 100 %.
    "holdout358": dict(folder="corpus-holdout358", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout359 (a reviewer's inbox XXXII: reviewers' marks in the text), unseen 100 %, residue 66.7 %: （组织部意见：……）, 〔审：……〕,
    # 〔扣0.5分：……〕, ［?］, ★核实★, 本部分得分：7/10, 批注1（周敏）：……, 此处是否……？ Left: a review block's numbered items after the signature.
    "holdout359": dict(folder="corpus-holdout359", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.0, placeholders=100.0, false_strings=0),
    # holdout360 (structures XXV: questions and checklists), unseen 100 %, 8 on no truth string (▲任务一：城镇新增就业, a label, read as a
    # photo's caption); a title's bracketed 数据统计截至2025年11月30日 (a date line) no longer joined to it. Left, weak: 第七问：明年重点抓什么？
    # over its 一是…四是 paragraph, the last before the signature, reported too thin (its body not counted to the question's part).
    "holdout360": dict(folder="corpus-holdout360", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=1),
    # holdout361 (placeholders XIV: templates half filled), unseen 100 %, placeholders 75.4 %, 8 on no truth string: template variables
    # ({{year}}, ${数量}, {单位名称}, <<单位>>, %s, 20__年); “X”即…… explaining a 1+X.
    "holdout361": dict(folder="corpus-holdout361", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout362 (annual reports LXIV: 高校 / 医院 / 科研院所 / 中小学 党委), unseen 100 %.
    "holdout362": dict(folder="corpus-holdout362", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout363 (party-building reports XLII: 新兴领域 and small 党组织), unseen 94.5 %: a 述职表 copied with ｜ cells whose label spans
    # the rows below it (存在问题｜1.…… / ｜2.……), bold lines over a numbered list (**不足之处** / 1.…… / **下一步**), a chat's message
    # stamp between two parts (马俊峰 12月30日 11:07: a page's line, not a wrapped one).
    "holdout363": dict(folder="corpus-holdout363", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout364 (work summaries XLI: cadres' 述职述责述廉 and 述廉), unseen 100 %, auto 43.8 %: a head's 述职述责述廉 (副局长, 镇长, 校长,
    # 副县长 with a name and a period between, 党委副书记、总经理) and a 个人述廉报告 are work summaries. Left: a title naming no one
    # (2025年度述职述责述廉报告 over 党组书记、局长 on its next line), a 纪委书记's (an older set reads one as the annual report's), and
    # 述 廉 报 告 spaced out.
    "holdout364": dict(folder="corpus-holdout364", docs=16, recall=100.0, false_present=0, auto=81.2,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout365 (copied from the web XXXVI: 党建 websites and 政务 pages), unseen 100 %, residue 93.5 %: 浏览次数：2,315, 字体：【大 中 小】,
    # 扫码分享, 视频：……, 导读：…… alone on their lines.
    "holdout365": dict(folder="corpus-holdout365", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout366 (speeches XLI: 点评 and 主持 讲话 at 述职评议会), unseen 100 %, 1 on no truth string: a script's stage direction
    # （填写测评表） (two older sets had it too).
    "holdout366": dict(folder="corpus-holdout366", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout367 (a reviewer's inbox XXXIII: broken lines, fax and memo copies), unseen 98.9 %, residue 90.2 %: a heading spaced out after
    # its year (三、2026年 工 作 计 划), a fax's header (FAX NO. : 0573-…), （此处数据待纪委核对）.
    "holdout367": dict(folder="corpus-holdout367", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout368 (structures XXVI: 做法 / 成效 / 经验 shapes), unseen 99.0 %: 把群众身边不正之风和腐败问题治得更深 heads the sixth part.
    "holdout368": dict(folder="corpus-holdout368", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout369 (placeholders XV: blanks in words), unseen 100 %, placeholders 24.4 %: 待补充 / 待统计 / 数据待核实 / 待定 before a measure
    # word or closing a clause, 暂无数据, TBD, （数字）, （姓名）, 略 / 同上 alone, 此处略; TODO: lines read as drafters' notes (residue, as the
    # set's three （此处…） notes, moved at review). Left: 见附件 with no 附件 after it (an attachment is often a file of its own).
    "holdout369": dict(folder="corpus-holdout369", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=97.2, false_strings=0),
    # holdout370 (annual reports LXV: 国有企业 党委), unseen 98.1 %, 3 on no truth string: a table's caption over the opening
    # (表1　2026年集团主要经营指标完成情况) taken for the title below a slogan and its ——subtitle; the sixth part, 清廉国企建设, after
    # discipline's own 五、从严执纪监督，一体推进“三不腐” (the part naming the sixth one most and the others least, among the first one's
    # siblings).
    "holdout370": dict(folder="corpus-holdout370", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout371 (party-building reports XLIII: 民族地区 and 边疆 村 / 乡镇), unseen 94.4 %: a label line alone over a numbered list
    # (存在的不足也很明显： / 1.…4.), 为什么会出现这些问题？ opening the causes, not 草原是牧民的命根子.
    "holdout371": dict(folder="corpus-holdout371", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout372 (work summaries XLII: 村 and 社区), unseen 100 %, auto 93.8 %, residue 80.0 %: a 居民委员会工作报告 is a work summary;
    # an OCR app's —— 第2张 ——.
    "holdout372": dict(folder="corpus-holdout372", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout373 (copied from the web XXXVII: 简报 and 内刊), unseen 100 %, residue 76.0 % (on the set as written): 简报's masthead
    # lines, 内部资料　注意保存, 【工作动态】, 责任编辑：…　审核：…, 报送：/发送：. Its print runs, 抄送 and 印发 lines moved out of residue at
    # review (a 版记 is the document's own, docs/blind-sets.md). Left: another unit's item after the report, the 简报's
    # re-titling headline, a bare 签发：.
    "holdout373": dict(folder="corpus-holdout373", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.7, placeholders=100.0, false_strings=0),
    # holdout374 (speeches XLII: 开年 and 年中 讲话), unseen 98.0 %: 同志们： below an editor's note is a salutation, not a label
    # heading; 【字体：大 中 小】 a page's line.
    "holdout374": dict(folder="corpus-holdout374", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout375 (a reviewer's inbox XXXIV: tables flattened by copying), unseen 84.2 %, residue 50.0 %, 21 on no truth string (a
    # 序号 column's cells, one a line, read as page numbers): rows aligned by runs of spaces, a spreadsheet's cell in quotes (its
    # 2. 3. lines), a form copied cell by cell (类别 / 要点 / 具体情况), a table export tool's notes. Left, weak: a plan's category
    # cell repeated on each row (下一步打算 / 2026年重点工作 / …) read as an opening line alone.
    "holdout375": dict(folder="corpus-holdout375", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=3),
    # holdout376 (structures XXVII: unusual orders), unseen 98.0 %: 年初梳理的突出问题 heads the problems. Left: 03's problems, which
    # the set gives to a 问题原因剖析 part while each aspect has a 【存在不足】 line of its own (the checklist takes the first).
    "holdout376": dict(folder="corpus-holdout376", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=92.9, placeholders=100.0, false_strings=0),
    # holdout377 (annual reports LXVI: 开发区 and 园区 党工委), unseen 100 %.
    "holdout377": dict(folder="corpus-holdout377", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout378 (annual reports LXVII: 乡镇 and 街道), unseen 100 %.
    "holdout378": dict(folder="corpus-holdout378", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout379 (party-building reports XLIV: 医院 and 疾控), unseen 97.3 %: **查找原因，** opens the causes; 新的一年，支部将着力抓好
    # 三个方面工作 heads the plans.
    "holdout379": dict(folder="corpus-holdout379", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout380 (work summaries XLIII: 机关 部门 with 党建 first), unseen 100 %.
    "holdout380": dict(folder="corpus-holdout380", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout381 (copied from the web XXXVIII: AI writing tools), unseen 100 %, placeholders 84.6 %, residue 71.6 %: a tool's
    # buttons, note and disclaimer, outline and continuation marks, rating, sources, upsell; hints to the writer in brackets;
    # 【上级党组织】.
    "holdout381": dict(folder="corpus-holdout381", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout382 (speeches XLIII: 对照检查 and 发言提纲), unseen 100 %, residue 83.3 %, 1 on no truth string: ……领导班子 over its
    # title is the title's first line (领导班子 ends a unit's name); a study platform's 学习时长 and 相关资料.
    "holdout382": dict(folder="corpus-holdout382", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout383 (a reviewer's inbox XXXV: one file, several documents), unseen 97.9 %, residue 80.0 %, 7 on no truth string: a
    # cover letter's 附件 list (附件：1.…… / 2.……) is no heading, a 请示 above the report (提请……审议, 妥否，请审示) is the unit's
    # own, a mail's separator over an attached file is residue; two sets' tables of contents read as residue at review (as
    # docs/blind-sets.md now says). Left: a mail signature's office and telephone lines.
    "holdout383": dict(folder="corpus-holdout383", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=92.6, placeholders=100.0, false_strings=0),
    # holdout384 (structures XXVIII: standard names and none), unseen 99.1 %; 10's sixth part, 抓制度：把权力关进笼子, found
    # in session 46 (关进…笼子).
    "holdout384": dict(folder="corpus-holdout384", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=91.7, placeholders=100.0, false_strings=0),
    # holdout385 (placeholders XVI: blanks in tables and figures), unseen 98.9 %, placeholders 46.2 %: a figure left as ？ or ？？,
    # as …… before 人 / 人次 / 亿元, as full-width spaces before its measure word (发展党员　　名，). Left: an empty table cell
    # (｜　｜: a real table's empty 备注 cell looks the same), a —— cell, 03's sixth part under a 【守护群众利益】 label.
    "holdout385": dict(folder="corpus-holdout385", docs=16, recall=98.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=80.8, false_strings=0),
    # holdout386 (annual reports LXVIII: long reports of 市 level 党组 and 党委), unseen 99.1 %, auto 93.8 %: a heading naming two parts that merge by their own names (一体推进政治建设和思想建设) serves both however much more it says of one; a 党组's 党建工作总结 is a party-building report.
    "holdout386": dict(folder="corpus-holdout386", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout387 (party-building reports XLV: 社区, 红色物业, 楼宇, 商圈), unseen 100 %, auto 93.8 %, residue 95.7 %, 1 on no truth string: a 区域化党建联席会's summary is a party-building report; an OA attachment row with its 下载 button is residue; 【服务联办】 over its text is a label, not an office's note.
    "holdout387": dict(folder="corpus-holdout387", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout388 (work summaries XLIV: special-topic year summaries), unseen 100 %, 3 on no truth string: 政务APP下载量 is the report's; a case's 周某某 before 在……违规插手 and 忏悔书 is no blank.
    "holdout388": dict(folder="corpus-holdout388", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout389 (copied from the web XXXIX: PDF copies on 政府 and 党建 websites), unseen 100 %.
    "holdout389": dict(folder="corpus-holdout389", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout390 (speeches XLIV: 廉政谈话, 警示教育, 廉政党课), unseen 100 %.
    "holdout390": dict(folder="corpus-holdout390", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout391 (a reviewer's inbox XXXVI: typed on phones and by voice), unseen 97.8 %, residue 71.4 %: emoji set before a part's heading (✅存在的问题) head parts as ■ does; a chat's [语音转文字] and 已读 are residue.
    "holdout391": dict(folder="corpus-holdout391", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout392 (structures XXIX: the six aspects run in at a lower level), unseen 100 %.
    "holdout392": dict(folder="corpus-holdout392", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout393 (placeholders XVII: templates from writing tools half filled), unseen 100 %, placeholders 86.8 %, residue 66.7 %, 3 on no truth string: <填写数字>, [在此填写], 【具体事例】, 某同志, a partner left as 与某单位; ××× in a quoted case name (“×××受贿案”) is the case's; an AI tool's 写作小贴士.
    "holdout393": dict(folder="corpus-holdout393", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout394 (annual reports LXIX: 县委 工作部门 and 直属单位), unseen 100 %.
    "holdout394": dict(folder="corpus-holdout394", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout395 (party-building reports XLVI: state-enterprise grass-roots branches), unseen 100 %.
    "holdout395": dict(folder="corpus-holdout395", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout396 (work summaries XLV: business first, schools, hospitals, stations), unseen 100 %, 1 on no truth
    # string: 由患者家属扫码查看，…… is the report's.
    "holdout396": dict(folder="corpus-holdout396", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout397 (copied from the web XL: county 党建 公众号 articles), unseen 96.9 %, residue 95.5 %: the financial
    # numerals with a space (壹　2025年工作开展情况) and a bar after a number on a line without a table's bars (二｜存在的问题) open
    # parts; 【编者按】 and 编者按　……, 投稿邮箱, 点击“在看”, a lone 赞 at the end. Left: ——— dividers between parts (other sets read
    # them as the report's).
    "holdout397": dict(folder="corpus-holdout397", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.4, placeholders=100.0, false_strings=0),
    # holdout398 (speeches XLV: 年终, 新年, 七一, 老干部 occasions), unseen 93.0 %, closing 70.0 %, residue 93.3 %: a wish as
    # the last line (祝全市人民新年快乐……！) and 以上讲话，供大家参考。 close a speech; 点赞 56　　分享　　收藏. Left: a meeting's 会议程序 over its
    # speech's own title (07).
    "holdout398": dict(folder="corpus-holdout398", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout399 (a reviewer's inbox XXXVII: 公文 front and back matter), unseen 100 %, residue 54.5 %, 17 on no truth
    # string: a 报送单 over the report (its name and fields, as lines or ｜ rows) and a 份号 of five digits are the unit's
    # own; a scanner's file name before its page counter is residue; a numbered table row at the end is no menu; a
    # cover note's long sentence no longer hides the title below it.
    "holdout399": dict(folder="corpus-holdout399", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout400 (structures XXX: 第一部分, numbers alone on their line, questions, tables), unseen 100 %.
    "holdout400": dict(folder="corpus-holdout400", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout401 (placeholders XVIII: blanks in the frame of the report), unseen 100 %, placeholders 88.5 %, 4 on no
    # truth string: 电话：　　　 left blank at a line's end; a 报送单's fields are the unit's own.
    "holdout401": dict(folder="corpus-holdout401", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout402 (annual reports LXX: enterprise 二级 / 三级 党委, 金融 branches), unseen 100 %.
    "holdout402": dict(folder="corpus-holdout402", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout403 (party-building reports XLVII: 机关党委 to their 党员大会), unseen 98.5 %, auto 93.8 %, 2 on no truth string:
    # a report given at a meeting keeps its title above 同志们： (its part 2026年工作情况 is no repeat of it); 三、工作建议 is the
    # plans of a branch that has none else.
    "holdout403": dict(folder="corpus-holdout403", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout404 (work summaries XLVI: 纪检监察 units), unseen 100 %.
    "holdout404": dict(folder="corpus-holdout404", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout405 (copied from the web XLI: 头条, 百家号, 搜狐号 pages), unseen 99.0 %, residue 86.2 %: a feed's 广告 · …, 不感兴趣,
    # author line (· 2小时前 ·), 本文由……原创, a comment's head and likes, 回复; 聚焦民生抓整治 with 腐败问题整治 names the sixth part. Left:
    # comments' own words, account names above the title.
    "holdout405": dict(folder="corpus-holdout405", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=96.9, placeholders=100.0, false_strings=0),
    # holdout406 (speeches XLVI: 主持词), unseen 100 %, residue 66.7 %: a meeting app's buttons (下载　|　另存为) and reactions
    # (👍 12). Left: a colleague's message about the draft.
    "holdout406": dict(folder="corpus-holdout406", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),  # (wave 85's tail comments: 许婷：……再过目一下)
    # holdout407 (a reviewer's inbox XXXVIII: long attachments after the signature), unseen 100 %, residue 78.9 %: an
    # OA system's 附件（3）： and its file rows with 预览　　下载.
    "holdout407": dict(folder="corpus-holdout407", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout408 (structures XXXI: short reports of small units, paragraphs as parts), unseen 78.8 %: an aspect named
    # in two characters (政治上，) reads its first clause too, a first clause longer than LEAD_MAX its first characters, a
    # plain label line (存在的问题) heads the paragraph below it. Session 47: six aspects in one paragraph split by
    # semicolons (04, 08) a part per clause; 统战工作方面，…… inside the discipline paragraph (09). Left: the sixth part
    # as 同时，深入整治……腐败问题 inside discipline (11), 02's 第一议题 paragraph (ideological by the set, political by
    # its lead).
    "holdout408": dict(folder="corpus-holdout408", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=80.0, placeholders=100.0, false_strings=0),
    # holdout409 (placeholders XIX: blanks in figures), unseen 100 %, placeholders 97.6 %, 10 on no truth string: a
    # bold phrase after a verb (开展**忠诚**教育, 以**……**为主题) is no blank; X.X万元 in a table's cell.
    "holdout409": dict(folder="corpus-holdout409", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout410 (annual reports LXXI: duties first, then the six aspects), unseen 100 %.
    "holdout410": dict(folder="corpus-holdout410", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout411 (party-building reports XLVIII: school, college and hospital branches), unseen 100 %, auto 93.8 %,
    # title 1 wrong: a branch's 支部工作总结 is a party-building report; （截至2026年11月30日） under the title is its period note.
    "holdout411": dict(folder="corpus-holdout411", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout412 (work summaries XLVII: 上半年 and 前三季度 of streets and townships), unseen 98.3 %, residue 54.5 %:
    # 三、四季度重点攻坚任务 is the plans; an OA record's 流程状态, 附件（0）, 审批意见： and its approval lines.
    "holdout412": dict(folder="corpus-holdout412", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout413 (copied from the web XLII: 党媒 apps and 学习强国), unseen 100 %, residue 94.4 %, title 1 wrong: a study
    # app's points (本文阅读已获得1分, 今日已学习 18分钟), 强国号 · ……, 分享至：.
    "holdout413": dict(folder="corpus-holdout413", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout414 (speeches XLVII: 开班式 and 结业式), unseen 100 %.
    "holdout414": dict(folder="corpus-holdout414", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout415 (a reviewer's inbox XXXIX: online collaborative documents), unseen 100 %, residue 91.4 %: a
    # document's history (修改记录, 版本 V3 ……, 查看全部 5 条修改记录, 最近编辑：……). Left: a comment's reply (冯主任：按组织部口径，1260人次).
    "holdout415": dict(folder="corpus-holdout415", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.1, placeholders=100.0, false_strings=0),
    # holdout416 (structures XXXII: deep and unusual numbering), unseen 100 %.
    "holdout416": dict(folder="corpus-holdout416", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout417 (placeholders XX: blanks typed in odd characters), unseen 100 %, placeholders 19.1 %, 1 on no truth
    # string: two odd marks before a measure word (✕✕次, ╳╳名, ※※个, ⅹⅹ项, 口口万元, OO个, 00户 not after a digit); a formula's
    # x为…… is no blank.
    "holdout417": dict(folder="corpus-holdout417", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout418 (annual reports LXXII: figurative and parallel slogans as headings), unseen 96.2 %: 同心筑梦 and
    # 筑牢制度保障 name the sixth part, 强队伍 the organizational; 七、问题和打算 over （一）主要问题 （二）2027年打算 splits into them.
    "holdout418": dict(folder="corpus-holdout418", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout419 (party-building reports XLIX: 驻村第一书记, 党建指导员, 党建品牌), unseen 98.6 %, auto 87.5 %: a 党建工作站's summary
    # and a branch's 党建品牌创建工作总结 are party-building reports. Left: 03's sixth part headed 抓身边、治顽疾 (its words in its
    # body only).
    "holdout419": dict(folder="corpus-holdout419", docs=16, recall=98.6, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout420 (work summaries XLVIII: 党校, 档案馆, 信访局, 融媒体中心 …), unseen 100 %.
    "holdout420": dict(folder="corpus-holdout420", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout421 (copied from the web XLIII: 网盘 and online previews, watermarks), unseen 96.1 %, residue 94.9 %: a
    # watermark found again (内部资料 注意保密, ……。仅供内部审阅 2027.01.14) heads no part and is residue; 一是…… paragraphs
    # between such lines keep their parts; 共7页 under the signature. Left: 李晓燕 3307 (a pattern with no word to look
    # for first cost start-up more than it found).
    "holdout421": dict(folder="corpus-holdout421", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.0, placeholders=100.0, false_strings=0),
    # holdout422 (speeches XLVIII: 表态发言 at feedback meetings), unseen 98.2 %, residue 0 %: a meeting's notice
    # pasted above the speech (关于召开……会议的通知 and its lines) is set aside; 谢谢各位领导！ closes. Left: the notice's date (a
    # date above a title is kept as the document's own); 13's 三不腐 item under discipline read as the sixth part.
    "holdout422": dict(folder="corpus-holdout422", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=87.5, placeholders=100.0, false_strings=0),
    # holdout423 (a reviewer's inbox XL: drafts carrying their revision history), unseen 95.2 %, residue 25.4 %, 3
    # on no truth string, titles 6 wrong: a 修改说明 block and version lines with dates above the title, an 意见采纳情况
    # table after the signature, last year's report pasted below for reference, （……？？……） questions and 【此段删除？……】
    # notes.
    "holdout423": dict(folder="corpus-holdout423", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout424 (structures XXXIII: ordinal words and odd marks as the top level), unseen 96.2 %:
    # 一是把牢政治方向，党的领导全面加强 alone over its items, three or more from 一是, are headings. Left: 11's 第三，坚持抓基层打基础 (a term
    # that would name it tipped another folder's leads).
    "holdout424": dict(folder="corpus-holdout424", docs=16, recall=99.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout425 (placeholders XXI: blanks in names and persons), unseen 100 %, placeholders 94.4 %, 2 on no truth
    # string: [人名] is a blank; 赵某某（待定） is a name's blank, not a note.
    "holdout425": dict(folder="corpus-holdout425", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout426 (annual reports LXXIII: more top-level parts than the six aspects), unseen 100 %, 1 false present
    # (08's 党风廉政建设 part beside 纪律建设 read as the sixth).
    "holdout426": dict(folder="corpus-holdout426", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout427 (party-building reports L: 述职 organized by lists), unseen 100 %.
    "holdout427": dict(folder="corpus-holdout427", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout428 (work summaries XLIX: the Party work in a late 自身建设 part), unseen 100 %.
    "holdout428": dict(folder="corpus-holdout428", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout429 (copied from the web XLIV: phone screenshots read by OCR), unseen 95.1 %, residue 40.3 %: status
    # bars, app bars and buttons, page dots and strokes (rule residue-app), a line said twice at a seam (rule
    # doubled-line, no residue kind: older sets read a paste made twice as the author's), 第-， as 第一，, page dots no
    # bullet heading. Left: chat senders and replies, 02's organizational line.
    "holdout429": dict(folder="corpus-holdout429", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=86.0, placeholders=100.0, false_strings=0),
    # holdout430 (speeches XLIX: 党课 with notes, references and questions), unseen 96.0 %: the closing above 注释：,
    # 思考题：, 参考文献： lists. Left: 11's （根据录音整理，有删节） read as residue.
    "holdout430": dict(folder="corpus-holdout430", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout431 (a reviewer's inbox XLI: online forms and questionnaires), unseen 89.3 %, residue 52.0 %,
    # placeholders 75 %: 第3题 and Q9. over an answer are headings; question types, answer records, counters
    # (residue-app); 2026年＿月＿日. Left: a form's question lines worded as the report's headings (一、加强政治建设情况: the set
    # reads them as residue), 07's and 11's parts, 13's plans
    # reported weak (a short answer).
    "holdout431": dict(folder="corpus-holdout431", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=74.7, placeholders=100.0, false_strings=3, weak=1),
    # holdout432 (structures XXXIV: line breaks lost and found), unseen 88.8 %: a heading glued to the end of the
    # paragraph above (……责任链条。二、强化理论武装) when its number is the next. Left: 06's heading, sub-heading and text run
    # together on one line.
    "holdout432": dict(folder="corpus-holdout432", docs=16, recall=97.2, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout433 (placeholders XXII: a Word template's fields), unseen 100 %, placeholders 0 %: content controls
    # (单击或点击此处输入文字。, Click or tap to enter a date., 【选择一项】, FORMTEXT), a line's boxes none ticked (☐已完成　☐未完成),
    # ［　　］. Left: 09's □是　□否 (a form's choice boxes, left alone since session 31).
    "holdout433": dict(folder="corpus-holdout433", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=95.5, false_strings=0),
    # holdout434 (annual reports LXXIV: the sixth part as 清廉X建设, bold summaries), unseen 98.2 %, 12 on no truth
    # string: 1.**……。** is bold, no blank. Left: 13's 正风肃纪反腐 and 清廉医院 parts read the other way round, 06's 清廉交通
    # (the only discipline-like part) read as the sixth too.
    "holdout434": dict(folder="corpus-holdout434", docs=16, recall=98.2, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout435 (party-building reports LI: very short 述职 of small branches), unseen 93.3 %: 问题是…… opens
    # problems, 明年我打算/想请…… the plans. Left: 01's and 12's paragraph leads that name the plans by a word (计划表,
    # 工作要点).
    "holdout435": dict(folder="corpus-holdout435", docs=16, recall=96.7, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout436 (work summaries L: 述职述廉 as 德、能、勤、绩、廉), unseen 100 %, auto 81.2 %: a bare 述职述廉报告 under a cadre's
    # byline is a work summary, a branch secretary's a party-building report.
    "holdout436": dict(folder="corpus-holdout436", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout437 (copied from the web XLV: search results and AI answer boxes), unseen 100 %, residue 87.0 %: a
    # pager, related searches on their header's line, an AI answer's buttons and closing wish, a template's note
    # on its blanks. Left: result titles and snippets (words every report holds).
    "holdout437": dict(folder="corpus-holdout437", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.7, placeholders=100.0, false_strings=0),
    # holdout438 (speeches L: transcribed from recordings), unseen 74.4 %, residue 24.8 %: a transcript's label
    # before what is said is no part of the first sentence; the tools' lines and numbered or timed labels are
    # residue. Left: a name with a time, a time alone (no word to look for first), 06's closing.
    "holdout438": dict(folder="corpus-holdout438", docs=16, recall=88.4, false_present=1, auto=100.0,
                       residue=68.3, placeholders=100.0, false_strings=0, weak=1),
    # holdout439 (a reviewer's inbox XLII: Word field codes), unseen 99.0 %, residue 27.9 %, placeholders 50 %:
    # field codes and broken cross-references are residue, a MERGEFIELD a blank. Left: 14's genre, 10's sixth
    # part.
    "holdout439": dict(folder="corpus-holdout439", docs=16, recall=99.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout440 (structures XXXV: numbering in rare characters), unseen 96.2 %: 〈一〉 and 《一》 number parts as （一）
    # does.
    "holdout440": dict(folder="corpus-holdout440", docs=16, recall=98.1, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=1),
    # holdout441 (placeholders XXIII: blanks written as letters and variables), unseen 99.0 %, placeholders 24.3
    # %, 3 on no truth string: N次, n名, M万元, 第N期, 202N年, {n}, <N> are blanks; a quarter's （Q1） is no comment mark.
    # Left: A同志, B单位, ABC局.
    "holdout441": dict(folder="corpus-holdout441", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=86.5, false_strings=0),
    # holdout442 (annual reports of state firms and banks: long sentence headings, merged parts), unseen 97.9
    # %, residue 93.8 %: two phrases joined by a semicolon head a part together (（四）…八项规定精神；以铁的纪律…), 监督执纪的高压态势
    # is discipline's; an OA export's line is residue, an addressee with its bracketed office (组织部（党建工作部）：)
    # the unit's own.
    "holdout442": dict(folder="corpus-holdout442", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout443 (party-building 述职 in forms and tables exported to text), unseen 71.4 %, residue 70 %: a
    # table's rows numbered 一 | 二 |, a form's boxed labels with their (必填) hints, label：value rows whose last
    # list runs on below (5.……), the next row of a table below a cell's numbered lines; a form's step bar, a
    # spreadsheet's tabs and status bar residue. Left: 04's problems row (its 1.… list read as headings under
    # the row above), 01's printed 填报说明 read as a template's.
    "holdout443": dict(folder="corpus-holdout443", docs=16, recall=98.6, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1, weak=1),
    # holdout444 (work summaries numbered 1、 1. (1) ① 【一】 壹、 Ⅰ. A.), unseen 100 %: nothing to answer but 01's
    # thin plans.
    "holdout444": dict(folder="corpus-holdout444", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0, weak=1),
    # holdout445 (copied from government portals: 政务公开 pages), unseen 100 %, residue 94.7 %: 有效性, 信息发布机构,
    # 我为政府网站找错, 返回顶部 lines are residue. Left: a portal's site name alone on a line, last year's report below
    # this one on the page.
    "holdout445": dict(folder="corpus-holdout445", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=96.8, placeholders=100.0, false_strings=0),
    # holdout446 (speeches XXXIX: 民主生活会, 警示教育大会, 述责述廉, 表态), unseen 100 %, residue 95.2 %. Left: a transcript's
    # rule line.
    "holdout446": dict(folder="corpus-holdout446", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.2, placeholders=100.0, false_strings=0),
    # holdout447 (a reviewer's inbox IX: chat assistants' Markdown drafts), unseen 100 %, residue 70.7 %,
    # placeholders 94.1 %: 字数：约2300字, an answer's [1] … - site https://… sources, 【注】……核对后填写, 来自您上传的文件, 我帮您……,
    # **修改说明：** are residue, 【所在处室】 a blank, 的**框架版**， bold. Left: the answer's second, shorter version of a
    # part after the signature.
    "holdout447": dict(folder="corpus-holdout447", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=84.5, placeholders=100.0, false_strings=0),
    # holdout448 (structures XI: problems first, merged parts, question headings), unseen 98.8 %: 二、上半年干成了哪些事？
    # heads the work done. Left: two reports whose plans close each part (the truth reads no next-steps part).
    "holdout448": dict(folder="corpus-holdout448", docs=16, recall=100.0, false_present=2, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout449 (placeholders XXIV: prompts, boxes and symbols), unseen 100 %, placeholders 78.4 %, 6 on no
    # truth: （单位名称）, （具体事例）, 202_年, 请在此处输入文字 are blanks; 目前待定, 暂时待定 in a sentence are not. Left: 某领导, 甲单位/乙单位
    # (a template's blanks, not told from a case's names), 时间节点待定.
    "holdout449": dict(folder="corpus-holdout449", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=89.2, false_strings=4),
    # holdout450 (long annual reports of towns and streets, organized by responsibility), unseen 99.0 %,
    # residue 90.9 %: a leader's duty 抓好分管领域重点工作 is no plan; ★以上数据待…确认 is a drafter's note.
    "holdout450": dict(folder="corpus-holdout450", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout451 (party-building reports with brand names and four-character headings), unseen 97.1 %:
    # 驰而不息改进作风 heads the conduct part, “问题单” the problems.
    "holdout451": dict(folder="corpus-holdout451", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout452 (work summaries and 述职述廉 of cadres and offices), unseen 96.6 %, residue 78.6 %: 三、工作中的困难
    # heads the problems, 四、11—12月工作安排 the plans (a month is no figure); an OA export's 流程跟踪 table is residue.
    "holdout452": dict(folder="corpus-holdout452", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout453 (copied from PDFs and scans: broken lines, headers, footers), unseen 100 %, residue 92.9 %: a
    # running header before a page number (兰泽县医疗保障局　　第 2 页) is residue. Left: 15's genre, 09's title under an
    # OCR tool's line.
    "holdout453": dict(folder="corpus-holdout453", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=98.0, placeholders=100.0, false_strings=0),
    # holdout454 (speeches XL: mobilization, commendation, July 1st, Party lessons), unseen 97.2 %, residue 90
    # %: 本次主题党日活动到此结束。 closes; a pager's [1] [2] [下一页] is residue.
    "holdout454": dict(folder="corpus-holdout454", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout455 (a reviewer's inbox X: drafts with reviewers' marks left in), unseen 97.8 %, residue 53.6 %:
    # Word comments exported as [批注 …]:, 红字：, ★请核★, (?), （这个数据对吗？）, （问：…）, →改为：, 修改为：“…”, （审：…）, 【修改建议：…】,
    # 【黄色高亮】, a reviewer's initials and date, an 审核意见 block above the title. Left: the numbered items of an
    # 审核意见 block after the signature; ==…== highlights (holdout56 and 224 read them as the report's own
    # emphasis).
    "holdout455": dict(folder="corpus-holdout455", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=89.7, placeholders=100.0, false_strings=0),
    # holdout456 (structures XII: aspects as sub-items, bold leads, numbered items), unseen 100 %.
    "holdout456": dict(folder="corpus-holdout456", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout457 (placeholders XXV: full-width and mixed blanks), unseen 100 %, placeholders 83.3 %, 12 on no
    # truth: a model's variable where the sentence names the model (推行“1+N”模式，即1个…联系N个…) is no blank; 局长某某某
    # is, 吴某某非法行医案 is a case; 党员[ ]名 and 〖　〗 are blanks.
    "holdout457": dict(folder="corpus-holdout457", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout458 (annual reports of 纪检监察, 政法 and 公安 units), unseen 99.0 %: （六）健全审判权力运行制约监督体系 is the sixth part
    # (制度建设).
    "holdout458": dict(folder="corpus-holdout458", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout459 (village and community branches: plain spoken reports), unseen 78.3 %: 第一件事：… numbers parts
    # (grammar HPART), 思想上，把人心聚拢 and 把党员的思想拧成一股绳 head the ideological part; 还差的地方, 还差啥, 群众还不满意的地方, 没干好的,
    # 还有哪些短处 the problems; 为啥差 the causes; 往后咋干, 接下来怎么办 the plans. Left: 11's causes told in the first person
    # inside a paragraph (为啥会这样，我想了想，主要怪我).
    "holdout459": dict(folder="corpus-holdout459", docs=16, recall=98.6, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout460 (work summaries of enterprise departments and project teams), unseen 100 %, residue 78.9 %:
    # an OA export's 审批记录 table and its header row, 附件列表：（无） are residue.
    "holdout460": dict(folder="corpus-holdout460", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.7, placeholders=100.0, false_strings=1),
    # holdout461 (copied from the web VII: social posts and long-form apps), unseen 100 %, residue 75.2 %: a
    # post's comment section opened by 置顶, 热门评论 · 3562, 按热度 按时间, 转发列表; a device line, like and comment bars,
    # 跳转至, 投币, 本文禁止转载或摘编 are residue. Left: posters' own asides and tips, 07's title under a repost chain.
    "holdout461": dict(folder="corpus-holdout461", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=94.0, placeholders=100.0, false_strings=0),
    # holdout462 (speeches XLI: 点评, 谈话 and 督导 speeches), unseen 97.3 %: 好，我就点评到这里。 closes.
    "holdout462": dict(folder="corpus-holdout462", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=92.9, placeholders=100.0, false_strings=1),
    # holdout463 (a reviewer's inbox XI: reports arriving with their paperwork), unseen 100 %, residue 85.4 %,
    # 8 on no truth: a 收文处理单's fields (拟办意见：, 流转记录：, 来文单位：) are no title; 收文登记：, 【公文流转记录】, 状态：已办结 are residue.
    # Left: mail signatures, 签批 lines read in a block with the unit's own form fields.
    "holdout463": dict(folder="corpus-holdout463", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=91.7, placeholders=100.0, false_strings=8),
    # holdout464 (structures XIII: 第一部分, 章节 and decimal numbering), unseen 96.7 %: 1.1. 旗帜鲜明讲政治 (decimal, its
    # last dot before the title) is a heading (grammar HDEC).
    "holdout464": dict(folder="corpus-holdout464", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout465 (traditional characters and mixed scripts), unseen 100 %.
    "holdout465": dict(folder="corpus-holdout465", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout466 (annual reports LXXVIII: universities, hospitals and research institutes in 2025–2026
    # wording), unseen 97.9 %, residue 89.7 %: an OA system's 流转记录 label, its table's header row (序号 节点 处理人 …)
    # and its buttons (打开正文 下载 关闭) are residue.
    "holdout466": dict(folder="corpus-holdout466", docs=16, recall=97.9, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout467 (party-building reports of 两新组织), unseen 98.5 %: 政治思想引领方面 names the political and the
    # ideological part (a shared term); a 党群服务中心's 党建工作总结 is a party-building report.
    "holdout467": dict(folder="corpus-holdout467", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=90.9, placeholders=100.0, false_strings=0),
    # holdout468 (work summaries XLIX: headings marked by symbols), unseen 98.6 %: ★★ 存在的不足 (a symbol twice;
    # not ○○ or □□, a template's blank) heads its part as ★ does.
    "holdout468": dict(folder="corpus-holdout468", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout469 (copied from the web VIII: document-sharing sites), unseen 100 %, residue 92.9 %, 2 on no
    # truth: a shared document's card (上传人：…, 1,043人已阅读 | 下载券 1 | 上传于 …), 举报 | 版权申诉 | 纠错, 以上为文档预览全文 and 评论（2）
    # 写评论 over its comments are residue; a phone number masked (138****2261) is no blank.
    "holdout469": dict(folder="corpus-holdout469", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=96.2, placeholders=100.0, false_strings=1),
    # holdout470 (speeches XLII: 专题党课 and 述职评议大会 speeches as delivered), unseen 98.3 %, residue 52.9 %: a
    # meeting's agenda above the report read at it (……会议议程, 时间：, its items) is set aside (front-matter.yaml's
    # agenda-heads) and reported. Left: （掌声） alone on a line (older sets' residue), two 述职 speeches read as
    # party-building reports.
    "holdout470": dict(folder="corpus-holdout470", docs=16, recall=98.3, false_present=0, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=3),
    # holdout471 (a reviewer's inbox XII: reports pasted into e-mails and forwarded), unseen 82.6 %, residue
    # 72.9 %: the report is the one below the first mail header that a title follows; below its signed date,
    # an earlier mail's header opens the chain (with the report quoted again as first sent) — set aside and
    # reported (residue-earlier); mail apps' signatures and notices (发自网易邮箱大师, 本邮件及其附件含有……保密信息) are residue.
    "holdout471": dict(folder="corpus-holdout471", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.1, placeholders=100.0, false_strings=1),
    # holdout472 (structures XIV: very short and very long reports), unseen 82.6 %: an aspect's label after a
    # semicolon or a colon (……全覆盖；组织建设上，……; 报告如下：在政治建设上，……) opens its part inside a paragraph; a page's footer
    # between two paragraphs (第 1 页 共 2 页) is no label over the next; a plan folded into the problems
    # paragraph (……递减。2026年，局党组将持续深化……) is the plan.
    "holdout472": dict(folder="corpus-holdout472", docs=16, recall=96.5, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout473 (placeholders XXVI: look-alikes in real text), unseen 100 %, 7 on no truth: 长×宽 (a size's
    # formula), **C位** (bold around a word that opens with a Latin letter) and 本人签字：____ (a line for a hand's
    # signature) are no blanks.
    "holdout473": dict(folder="corpus-holdout473", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout474 (annual reports LXXIX: county departments numbering parts 1. 2. 3.), unseen 96.9 %: plain
    # label lines, each over a numbered list that starts again at 1 (2025年工作开展情况 / 1.…… / 存在的困难和问题 / 1.…… /
    # 2026年工作思路 / 1.……), are the parts (outline._plain_labels).
    "holdout474": dict(folder="corpus-holdout474", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout475 (party-building 述职 with 问题清单, 任务清单, 责任清单), unseen 93.2 %, residue 0 %, 3 on no truth: a 问题清单
    # that gives each problem's cause (问题表现｜原因分析 column, 问题表现：……原因：…… fields) holds the causes; 三、整改任务清单 is
    # the plan, 其他重点工作 no plan; a 述职评议's vote tally appended below (附：述职评议测评结果) is set aside; ▲问题清单 is a
    # heading, no caption.
    "holdout475": dict(folder="corpus-holdout475", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout476 (work summaries L: quarterly and monthly summaries), unseen 98.4 %, residue 66.7 %:
    # 重点工作：多点发力、亮点纷呈 is the work done; a spreadsheet's 【工作表】 and 打印区域：A1:F19 are residue.
    "holdout476": dict(folder="corpus-holdout476", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout477 (copied from the web IX: news portals with audio players and font controls), unseen 100 %,
    # residue 93.0 %: an audio player's line (🔊 听全文 00:00/03:05, 播放　暂停) and 字号：【大 中 小】 are residue.
    "holdout477": dict(folder="corpus-holdout477", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.9, placeholders=100.0, false_strings=0),
    # holdout478 (speeches XLIII: 警示教育 and 廉政党课 speeches built on cases), unseen 100 %, residue 0 %, 10 on no
    # truth: a case's person by surname (包某某, 项某某, 欧阳某某, 片中郑某某) is no blank; a slide's line (第3页 PPT　……) is
    # residue and no part of the title.
    "holdout478": dict(folder="corpus-holdout478", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout479 (a reviewer's inbox XIII: reports sent in work chats and exported), unseen 91.4 %, residue
    # 77.3 %: a chat's numbered message (第三部分……写100%没问题) below the report's signature makes no preamble of its
    # bare heading lines; in a text of three or more messages' heads (孟凡  1/7 周四 16:23, 何静 · 11月28日 18:04,
    # ［15:33］何丽娟), each head is the chat's; 以下为新消息, 拍了拍, 加入了群聊 are residue. Left: chat heads right above two
    # bare headings.
    "holdout479": dict(folder="corpus-holdout479", docs=16, recall=97.8, false_present=0, auto=100.0,
                       residue=89.4, placeholders=100.0, false_strings=0),
    # holdout480 (structures XV: parts in unusual orders and by responsibility subjects), unseen 94.7 %. Left:
    # per-aspect 存在不足/下步举措 items before the report's unheaded closing problems and plans; 上篇/中篇/下篇 halves.
    "holdout480": dict(folder="corpus-holdout480", docs=16, recall=94.7, false_present=0, auto=100.0,
                       residue=95.2, placeholders=100.0, false_strings=0),
    # holdout481 (placeholders XXVII: blanks in figures and tables), unseen 100 %, placeholders 81.8 %, 4 on
    # no truth: TODO and 零零月零零日 are blanks; a line of asterisks under a title is decoration.
    "holdout481": dict(folder="corpus-holdout481", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=87.9, false_strings=2),
    # holdout482 (annual reports LXXX: 2026 reports after the 八项规定 learning education, parts headed by the
    # year's themes), unseen 94.9 %, residue 93.2 %: 思想上固本培元, 在组织保障上求实效, 风腐同查同治, 政治监督 as discipline, 持续用力的重点
    # as the plan; a forwarder's mail signature with a post in brackets.
    "holdout482": dict(folder="corpus-holdout482", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout483 (书记抓党建述职 of 机关党委, enterprise branches and schools), unseen 100 %, genre 93.8 %, residue 90.0
    # %, 1 on no truth: a report on 党组织领导的校长负责制 is party-building; a field's label with （必填） is no title line;
    # the reporter's name and date under a cover note are the unit's.
    "holdout483": dict(folder="corpus-holdout483", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout484 (work summaries LI: half-year and annual summaries with figures and status words), unseen 100
    # %, no residue.
    "holdout484": dict(folder="corpus-holdout484", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout485 (copied from the web X: forums, Q&A sites and 范文 collections), unseen 100 %, genre 93.8 %,
    # residue 79.9 %: a forum's signatures and floors, a Q&A page's question and answer marks above the title,
    # comments with a count, 热门范文 lists, 【广告】 lines.
    "holdout485": dict(folder="corpus-holdout485", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.5, placeholders=100.0, false_strings=0),
    # holdout486 (speeches XLIV: 全面从严治党工作会议 speeches), unseen 98.3 %, residue 92.7 %: a speech handing the
    # meeting on (下面，请……同志作部署。) ends with it; bracketed editors' and transcribers' lines.
    "holdout486": dict(folder="corpus-holdout486", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.6, placeholders=100.0, false_strings=0),
    # holdout487 (a reviewer's inbox XIV: Word's review marks flattened into text), unseen 100 %, residue 62.7
    # %, 1 on no truth: comments and highlights in brackets, 〖删除〗/〖插入〗, （修订：……）, 〔改前：……〕, {+ +}, <<notes>>,
    # Word's reviewing pane printed after the signature.
    "holdout487": dict(folder="corpus-holdout487", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.4, placeholders=100.0, false_strings=0),
    # holdout488 (structures XVI: heading marks lost or mangled in conversion), unseen 97.8 %: 一,……。 with a
    # half-width comma and a full stop is a heading.
    "holdout488": dict(folder="corpus-holdout488", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout489 (placeholders XXVIII: blanks in the frame of the report and their look-alikes), unseen 100 %,
    # no residue.
    "holdout489": dict(folder="corpus-holdout489", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout490 (annual reports LXXXI: organized by the four responsibilities, aspects as sub-items), unseen
    # 95.9 %, residue 96.7 %: 改进举措 is the plan; left: aspects as unheaded paragraphs under the
    # responsibilities (08).
    "holdout490": dict(folder="corpus-holdout490", docs=16, recall=96.9, false_present=0, auto=100.0,
                       residue=96.7, placeholders=100.0, false_strings=0),
    # holdout491 (village and community branches in plain spoken words), unseen 95.9 %, residue 83.3 %:
    # 为啥会这样…… and 原因上讲 open the causes, 问题也不少。 the problems.
    "holdout491": dict(folder="corpus-holdout491", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=83.3, placeholders=100.0, false_strings=0),
    # holdout492 (work summaries LII: schools, hospitals, museums in Markdown), unseen 95.9 %, genre 93.8 %,
    # residue 71.4 %: a report a chat assistant wrapped in ```markdown … ``` is the text, not a code block.
    "holdout492": dict(folder="corpus-holdout492", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout493 (copied from the web XI: government new-media posts), unseen 98.9 %, residue 71.3 %, 5 on no
    # truth: a part's numeral and title parted by ▏; picture marks (第2张图 ▲), topics inside a line (#清廉河西#),
    # folds; 👉 before a run-in item is the item's.
    "holdout493": dict(folder="corpus-holdout493", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=83.9, placeholders=100.0, false_strings=0),
    # holdout494 (speeches XLV: 民主生活会 and 组织生活会 发言), unseen 100 %, genre 93.8 %, residue 85.7 %; a 相互批评
    # list, read as no genre, is a speech since session 51.
    "holdout494": dict(folder="corpus-holdout494", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=85.7, placeholders=100.0, false_strings=0),
    # holdout495 (a reviewer's inbox XV: reports returned with a scoring sheet), unseen 94.6 %, genre 93.8 %,
    # residue 44.8 %, 1 on no truth: a score sheet, 【退回件】 and the unit's own change note under its name above
    # the title are memos; score sheets and change tables appended are residue; 审核结论：…… lines.
    "holdout495": dict(folder="corpus-holdout495", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=89.5, placeholders=100.0, false_strings=6),
    # holdout496 (structures XVII: deep outlines, aspects at the third level), unseen 94.7 %; left: aspects at
    # the fourth level glued to their first sentence (10), a 清廉机关 part a level above the discipline item (15).
    "holdout496": dict(folder="corpus-holdout496", docs=16, recall=94.7, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout497 (placeholders XXIX: empty brackets, gaps and underlines), unseen 100 %, placeholders 90.0 %;
    # ★★ for a unit's name answered in session 51.
    "holdout497": dict(folder="corpus-holdout497", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=96.7, false_strings=0),
    # holdout498 (annual reports LXXXII: banks, insurers and financial firms, long two-clause headings),
    # unseen 100 %.
    "holdout498": dict(folder="corpus-holdout498", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout499 (party-building XXX: 党建工作责任制考核 self-assessments against an indicator list), unseen 98.6 %,
    # genre 87.5 %, residue 90.2 %: a 党建工作自查（自评）报告 is a party-building report; 扣分原因 under an indicator's score
    # is no cause analysis; an assessment system's status line and buttons in brackets.
    "holdout499": dict(folder="corpus-holdout499", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.4, placeholders=100.0, false_strings=0),
    # holdout500 (work summaries LIII: 巡察、审计整改 progress reports), unseen 98.6 %, residue 95.2 %: 审计发现问题逐项整改情况
    # heads the rectification, not the problems; left: a 党委文件 masthead the writer read as residue.
    "holdout500": dict(folder="corpus-holdout500", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.2, placeholders=100.0, false_strings=0),
    # holdout501 (copied from the web XII: Party-building clouds and learning apps), unseen 100 %, residue
    # 70.8 %, 1 on no truth: points toasts, study time, saving status, a player's speed, a comment area under
    # a row of counts (ranked above a chat's record) and its replies; left: a 点击：467 hit count inside a meta
    # line.
    "holdout501": dict(folder="corpus-holdout501", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=99.4, placeholders=100.0, false_strings=0),
    # holdout502 (speeches XLVI: 巡察反馈会, 考核反馈会, 述责述廉), unseen 100 %, genre 93.8 %; left: a deputy's 述责述廉报告 read
    # at the meeting, the annual report's by the older sets' reading.
    "holdout502": dict(folder="corpus-holdout502", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout503 (a reviewer's inbox XVI: drafts mid-way), unseen 100 %, residue 66.7 %, 5 on no truth: a 发文稿纸
    # / 发文审批单 and its fields, a running footer with the title and 第1页/共3页, a trial converter's lines, the
    # drafter's 起草说明; left: 内部资料　注意保存 and 【内部】, the document's own by the writer, residue by the older sets (4
    # on no truth).
    "holdout503": dict(folder="corpus-holdout503", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.2, placeholders=100.0, false_strings=4),
    # holdout504 (structures XVIII: reports filled into tables), unseen 93.4 %: a table's 序号 cell on a line of
    # its own above the aspect's name, a label over a tab-separated table, a table's numbered rows the items
    # of the line above them; left: a plan sentence inside the problems cell read as next-steps (13).
    "holdout504": dict(folder="corpus-holdout504", docs=16, recall=100.0, false_present=1, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout505 (placeholders XXX: templates with fill-in instructions), unseen 98.9 %, placeholders 78.2 %,
    # 13 on no truth: a template's field — （此处填写…，不少于500字）, 〔请结合实际填写…〕, 〈填写…〉, （列举…）, 【不少于300字】, 【示例】 — is a
    # placeholder; 惩贪治腐 heads the sixth part; left: 〔此处可补充…〕 and 〔请结合实际补充…〕, drafters' notes by the older
    # sets' reading (8 on no truth).
    "holdout505": dict(folder="corpus-holdout505", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=94.0, false_strings=8),
    # holdout506 (annual reports LXXXIII: parks, ports, farms, colleges; two aspects to a part, ordinal
    # headings), unseen 100 %, residue 88.9 %: a portal's 相关链接： line with its first link.
    "holdout506": dict(folder="corpus-holdout506", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout507 (party-building XXXI: very short reports of small branches), unseen 98.6 %, genre 87.5 %: a
    # 党建工作简要报告 is a party-building report; left: a branch's ……支部委员会2026年工作总结 without 党建 (a work summary by the
    # older sets' reading, 11 to 9), a cause inside a one-line problems part (10).
    "holdout507": dict(folder="corpus-holdout507", docs=16, recall=98.6, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout508 (work summaries LIV: 第一书记, 驻村工作队, 挂职 cadres), unseen 97.1 %: a plan opened by 2027年是我援藏的最后一年。
    # (13); left: a one-sentence 不足 at the end of an achievements paragraph (03).
    "holdout508": dict(folder="corpus-holdout508", docs=16, recall=98.6, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout509 (copied from the web XIII: 政府信息公开 pages and print views), unseen 100 %, residue 98.3 %, 1 on
    # no truth: the info table's 【生成日期】 line is residue as a whole (not a field left in brackets).
    "holdout509": dict(folder="corpus-holdout509", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=98.3, placeholders=100.0, false_strings=0),
    # holdout510 (speeches XLVII: transcribed from recordings), unseen 96.6 %, residue 58.9 %: 说话人1
    # [00:00:11]： and a bracketed time opening a line ([00:03:17]) are the tool's; left: a salutation behind
    # such a label (15), one below the chair's lines in a meeting's record (11).
    "holdout510": dict(folder="corpus-holdout510", docs=16, recall=96.6, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout511 (a reviewer's inbox XVII: reports cut out of a compilation), unseen 95.7 %, genre 81.2 %,
    # residue 36.3 %, 1 on no truth, nine titles wrong: the tail of the report before it (its last item, unit
    # and signed date) above the title, the compilation's running header (……报告汇编 · 第二册) and 转第22页 marks, the
    # next unit's title and first lines below the signature.
    "holdout511": dict(folder="corpus-holdout511", docs=16, recall=98.9, false_present=0, auto=100.0,
                       residue=96.1, placeholders=100.0, false_strings=0),
    # holdout512 (structures XIX: unusual numerals), unseen 94.7 %, 1 on no truth: ㈠ ㈡ and 第1项 number parts;
    # left: 2026年12月　日 (a day left blank) the writer did not list.
    "holdout512": dict(folder="corpus-holdout512", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=1),
    # holdout513 (placeholders XXXI: half-filled figures), unseen 100 %, placeholders 61.8 %: 1X次, 2X个, 20X6年
    # and a ？ before a measure word after spaces are placeholders (not 1+X, 5×24, 3×3).
    "holdout513": dict(folder="corpus-holdout513", docs=16, recall=100.0, false_present=1, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout514 (annual reports LXXXIV: culture, media and sports units with figurative headings), unseen 94.8 %,
    # residue 66.7 %: a ——subtitle under a figurative heading names its part (一、铸魂补钙、把牢方向 / ——压紧压实政治建设责任),
    # 把牢方向, 以文化人, 讲好……故事, 戒尺, 警钟, 镜鉴, 问诊, 启航, 开新局; 以案为鉴 after a discipline part of its own is
    # the sixth part; a CMS's 签发：… line.
    "holdout514": dict(folder="corpus-holdout514", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout515 (party-building reports XXXII: 离退休干部, 老干部 and 流动党员 branches), unseen 100 %.
    "holdout515": dict(folder="corpus-holdout515", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout516 (work summaries LV: 纪检监察 summaries), unseen 100 %, genre 93.8 %, residue 93.1 %: a mail's
    # signature with the office before the name (云溪县财政局办公室　张敏); left: a 派驻组's 监督责任 report its writer
    # filed as a work summary, the annual report's by the older sets' reading.
    "holdout516": dict(folder="corpus-holdout516", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout517 (copied from the web XIV: drafts copied out of AI chat pages), unseen 96.8 %, genre 93.8 %,
    # residue 60.9 %: the report begins below the assistant's last 已深度思考 / < 2/2 > mark with a title below it
    # (the prompt, an abandoned first answer and a second prompt above it set aside); 写一份…, 思考完成 · 用时 9 秒,
    # 您可以继续追问： over its list, a source list's [1] …官网 lines; left: citation marks inside sentences (¹, [1]:
    # a report's own footnotes by the writers' brief) and sources named by a document's title.
    "holdout517": dict(folder="corpus-holdout517", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=85.9, placeholders=100.0, false_strings=0),
    # holdout518 (speeches XLVIII: 主持词, closing remarks, 研讨发言), unseen 100 %; a title naming a share
    # (……学习会上的分享发言) is no page's share button.
    "holdout518": dict(folder="corpus-holdout518", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout519 (a reviewer's inbox XVIII: drafts assembled from offices' contributions), unseen 100 %, residue
    # 37.5 %: contributors' marks inside and closing a paragraph (【第一党小组提供】, ……。（宣传办）, ——工会材料),
    # open requests (此处待纪检组核实, 请组织科补充……。), notes to the assembler (……你看够不够？——…), a sender's line;
    # left: a paragraph pasted twice, reported as doubled-line (now anywhere below, not only right below), not residue.
    "holdout519": dict(folder="corpus-holdout519", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=93.1, placeholders=100.0, false_strings=0),
    # holdout520 (structures XX: run-in and wrapped headings), unseen 98.9 %: 六、推进清廉学校建设 after 五's discipline
    # part is the sixth part, not the conduct part's item （四）整治群众身边不正之风.
    "holdout520": dict(folder="corpus-holdout520", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout521 (placeholders XXXII: anonymized names in cases beside names left unfilled), unseen 100 %,
    # placeholders 96.4 %; left: 王某某 as the town's own secretary (the same string a case's name elsewhere).
    "holdout521": dict(folder="corpus-holdout521", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=96.4, false_strings=0),
    # holdout522 (annual reports LXXXV: courts, procuratorates, police, justice bureaus), unseen 100 %.
    "holdout522": dict(folder="corpus-holdout522", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout523 (party-building XXXIII: private and mixed-ownership firms), unseen 98.6 %: 06 明年这么干 heads the plans.
    "holdout523": dict(folder="corpus-holdout523", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout524 (work summaries LVI: towns' all-round summaries), unseen 100 %, residue 96.9 %: an online form's
    # 保存草稿　提交审核 buttons.
    "holdout524": dict(folder="corpus-holdout524", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout525 (copied from the web XV: OFD/PDF readers and e-seal panels), unseen 100 %, residue 70.9 %, one title
    # wrong: a seal panel's lines (签章人：…, 签章验证通过, 证书颁发者：…, 本文件已签章，请勿修改), a viewer's 页面 2 / 5 and
    # ◀ 4 / 8 ▶, and ☑ 签名有效 above the title (chrome).
    "holdout525": dict(folder="corpus-holdout525", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, false_strings=0),
    # holdout526 (speeches XLIX: 谈话 — 任前廉政谈话, 节前提醒, 集体约谈), unseen 98.2 %, genre 93.8 %, residue 88.9 %:
    # 王立新同志： alone on its line greets the one cadre a talk is to, a 提醒谈话记录 is a speech; left: its dialogue's
    # ×××： line read as a chat's, a running header 集体约谈会议材料, a sixth part read where a town report has none.
    "holdout526": dict(folder="corpus-holdout526", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=88.9, placeholders=100.0, false_strings=1),
    # holdout527 (a reviewer's inbox XIX: 承诺书, 问题清单表, 整改台账 with the report), unseen 97.9 %: label lines after
    # the last numbered part head parts though a numbered list of papers follows the signature.
    "holdout527": dict(folder="corpus-holdout527", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout528 (structures XXI: 一 政治建设, 一：…, １．, (一）), unseen 92.6 %: a numeral and a space or a tab, or a
    # colon, before a short heading (or one run into its first sentence) numbers a part.
    "holdout528": dict(folder="corpus-holdout528", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout529 (placeholders XXXIII: A村, 甲单位, 张三), unseen 100 %, placeholders 25.6 %: A村, B社区, 乙科室, 甲单位,
    # 某A同志, 张三同志 are a sample's stand-ins; left: C公司 and 甲公司 (a case told as a 通报 names a firm so on purpose).
    "holdout529": dict(folder="corpus-holdout529", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=90.7, false_strings=0),
    # holdout530 (annual reports LXXXVI: resources, water, transport bureaus; parts headed without 建设), unseen 99.0 %:
    # 对标对表抓落实 heads the political part.
    "holdout530": dict(folder="corpus-holdout530", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout531 (party-building XXXIV: 群团 organizations), unseen 98.7 %: a 工商联's 民营经济人士思想政治工作 is its
    # united-front part, not a second political one.
    "holdout531": dict(folder="corpus-holdout531", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout532 (work summaries LVII: single strands, 半年 checklists), unseen 98.6 %, genre 87.5 %: a campaign's
    # 查摆问题 stage yields to its 存在的不足之处; a 党建工作要点完成情况 is a summary; left: a 机关工委's 上半年机关党建工作总结
    # is a party-building report by the genre rule (the writer made it a summary).
    "holdout532": dict(folder="corpus-holdout532", docs=16, recall=100.0, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout533 (copied from the web XVI: cloud document editors), unseen 86.2 %, residue 64.7 %: an online document's
    # 目录 panel (its headings said again below, numbered or not) is set aside and reported as a table of contents;
    # 最近编辑 and 人可查看 lines are chrome; reviewers' comment lines (王科长：这里数据再核一下, 彭某：以组织部备案为准), 解决,
    # 查看历史记录, 导出为 Word, 孙 黄 林 +3 and 推荐模板 lists are residue (a comment the writer left unlisted: 2 strings).
    "holdout533": dict(folder="corpus-holdout533", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=2),
    # holdout534 (speeches L: 七一 and 年终 speeches), unseen 100 %.
    "holdout534": dict(folder="corpus-holdout534", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout535 (a reviewer's inbox XX: drafts through many hands), unseen 100 %, placeholders 37.5 %, residue 70.5 %:
    # 旧稿：/新稿：, 〔新〕, 【第二稿新增】, （此处再提炼）, （科长：此处写具体点） are drafting notes; （请人事科补充数据） before
    # its measure word stands for the figure (a placeholder); left: one such note opening a line, read as older sets do.
    "holdout535": dict(folder="corpus-holdout535", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=87.5, false_strings=0),
    # holdout536 (structures XXII: 在……方面 / 关于…… frames, grouped aspects), unseen 100 %.
    "holdout536": dict(folder="corpus-holdout536", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout537 (placeholders XXXIV: blanks in Chinese-numeral dates and figures), unseen 100 %: a table's legend
    # “×”表示缺席 is no placeholder.
    "holdout537": dict(folder="corpus-holdout537", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout538 (annual reports LXXXVII: 税务, 海关, 统计, 烟草, 电网 — 强政治 / 铸魂 / 固本 headings), unseen 100 %, residue
    # 60 %: an intranet page's 发布人： and 所属栏目： lines.
    "holdout538": dict(folder="corpus-holdout538", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout539 (party-building XXXV: 高校二级学院 and schools), unseen 100 %.
    "holdout539": dict(folder="corpus-holdout539", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout540 (work summaries LVIII: 工作回顾 / 工作思路 with the problems tucked in), unseen 100 %.
    "holdout540": dict(folder="corpus-holdout540", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout541 (copied from the web XVII: browser artefacts), unseen 100 %, residue 66.7 %: reader modes (阅读模式 ·
    # 原文链接, 退出阅读模式, 在阅读器中查看, 正在朗读, about:reader?url=…), extensions (划词翻译, 沉浸式翻译, 已屏蔽 3 个广告),
    # a find bar's 第 1 条，共 4 条, a web address alone on a line; a title wrong unseen (已屏蔽 3 个广告 over it), answered.
    "holdout541": dict(folder="corpus-holdout541", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout542 (speeches LI: 一要…二要… 动员讲话), unseen 100 %, residue 97.3 %: a 简报's 本期要目： (read as the title
    # unseen, answered); a transcript's
    # （根据录音整理，有删节） under the title is the speech's own (a site's （本文根据……整理，有删节） stays residue).
    "holdout542": dict(folder="corpus-holdout542", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout543 (a reviewer's inbox XXI: an online 考核系统's form), unseen 100 %, residue 67.5 %: counters with a comma
    # or a limit and the fields after them (字数：3,512/5,000　附件上传：…), 正文： before the text on its line, 提交时间：…
    # among the fields, 【上一步】　【保存草稿】　【提交】; left: the system's name over a text whose line breaks were lost,
    # the title inside 正文：…'s line (six titles), and 报告类型：…, 填报人：… read as the system's (holdout351's reading,
    # against the writer's: 11 strings).
    "holdout543": dict(folder="corpus-holdout543", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.4, placeholders=100.0, false_strings=11),
    # holdout544 (structures XXIII: problems and plans spread over the aspects), unseen 90.4 %: an umbrella 一、……主要
    # 做法、短板及改进措施 is no problems part; a label alone (短板弱项：……, 【问题】……) under a part serves the problems
    # no part serves, and thin-problems does not size such a list by its first label; left: plans read at the heading
    # 存在问题及下一步打算 that names them (the writer starts them at 措施一).
    "holdout544": dict(folder="corpus-holdout544", docs=16, recall=98.9, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout545 (placeholders XXXV: mail-merge fields and template variables), unseen 100 %, placeholders 48.4 %:
    # «单位名称», [[姓名]], %UNIT%, <单位名称> are placeholders (a note app's [[巡察整改台账2025]] link stays residue).
    "holdout545": dict(folder="corpus-holdout545", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout546 (annual reports LXXXVIII: hospitals, 疾控, banks and insurers; 以……为…… headings), unseen 100 %.
    "holdout546": dict(folder="corpus-holdout546", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout547 (party-building reports XXXVI: 机关党委 and 机关党支部), unseen 100 %, genre 87.5 %: a branch's “四强党支部”
    # 创建工作总结 and a 机关纪委's 机关党建和纪律建设工作总结 are party-building reports.
    "holdout547": dict(folder="corpus-holdout547", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout548 (work summaries LIX: personal 述学述职述廉 and 述责述廉), unseen 100 %: a deputy's post on the line above
    # the title is the title's first line (……局副局长 / 落实“一岗双责”述责述廉报告); left: two deputies' 述责述廉 organized
    # by 学习 / 履职 / 廉洁 read as work summaries by the writer, the annual report's by the title (as holdout47 and 69
    # read deputies' 述责述廉 organized by the aspects).
    "holdout548": dict(folder="corpus-holdout548", docs=16, recall=100.0, false_present=0, auto=87.5,
                       placeholders=100.0, false_strings=0),
    # holdout549 (copied from the web XVIII: news apps' share pages), unseen 98.9 %, residue 90.9 %: a heading line over
    # a paragraph a fold (展开全文) cuts; readers' comments below a 相关推荐 list (the list ends at 评论 (12)), 点击查看更多,
    # 语音播报 ▶, a date with its publisher; an app's 阅读体验更佳 banner over a speech's title.
    "holdout549": dict(folder="corpus-holdout549", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout550 (speeches LII: 民主生活会 and 组织生活会 material), unseen 100 %.
    "holdout550": dict(folder="corpus-holdout550", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout551 (a reviewer's inbox XXII: reports recognized by OCR), unseen 98.9 %, residue 92.6 %: 夯基固本抓组织,
    # 第2页识别结果, an OCR tool's lines (识别结果, 图片1.jpg) above the title; kept: a seal's ring (共 南 溪 镇 委) read as
    # residue as holdout-sets before it read it, and an XX that a line break split (X / X) twice.
    "holdout551": dict(folder="corpus-holdout551", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=3),
    # holdout552 (structures XXIV: headings marked by symbols, brackets and labels), unseen 95.7 %: ▲ heading the
    # report's parts (three or more, first, no picture words) is a bullet, and the residue rule spares those headings.
    "holdout552": dict(folder="corpus-holdout552", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout553 (placeholders XXXVI: marks of facts still to check), unseen 97.9 %, placeholders 68.4 %: 第一板块：……
    # heads a part, 重点工作回顾 no plans; （?） where a figure goes (案件（?）件; after a figure it stays a reviewer's
    # doubt), （数据待更新）, 时间待定, 完成率暂缺 are placeholders.
    "holdout553": dict(folder="corpus-holdout553", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout554 (annual reports LXXXIX: eight to twelve parts, merged aspects), unseen 100 %.
    "holdout554": dict(folder="corpus-holdout554", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout555 (party-building reports XXXVII: 两新 and 新就业群体 branches), unseen 98.5 %: 健全制度机制，扎牢从严治党
    # “篱笆墙” is the sixth part (not 扎牢纪律规矩篱笆, a discipline part: holdout378); left: a branch's plain ……党支部
    # 2025年工作总结 read as a work summary (eleven documents of nine sets read it so, the writer as party building).
    "holdout555": dict(folder="corpus-holdout555", docs=16, recall=100.0, false_present=0, auto=93.8,
                       placeholders=100.0, false_strings=0),
    # holdout556 (work summaries LX: monthly and quarterly reports), unseen 100 %, genre 93.8 %: ……党工委2026年11月份
    # 党建工作月报 is a party-building report.
    "holdout556": dict(folder="corpus-holdout556", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout557 (copied from the web XIX: online document previews), unseen 98.9 %, residue 96.2 %: 群众身边问题解决得
    # 更好 is the sixth part; 批注 (2)… and 下载查看完整内容 are residue, 批注 (1) over the title chrome.
    "holdout557": dict(folder="corpus-holdout557", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout558 (speeches LIII: 专题党课 and 辅导报告), unseen 100 %; kept: a lecture script's 【PPT第3页】, [翻页],
    # （播放视频） cues read as the speaker's own (holdout430's reading; this set's brief asked them as residue: 11 strings).
    "holdout558": dict(folder="corpus-holdout558", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout559 (a reviewer's inbox XXIII: footnotes, endnotes and attachments), unseen 100 %.
    "holdout559": dict(folder="corpus-holdout559", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout560 (structures XXV: headings that carry more), unseen 100 %, 9 on no truth: a heading's own stars
    # (一、政治建设 ★★★★★——……) are no document site's rating (评分：★★★★☆, ★★★★★ 4.8分 are).
    "holdout560": dict(folder="corpus-holdout560", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout561 (placeholders XXXVI: redacted copies), unseen 100 %, 10 on no truth: a published case's masked name
    # (信访人孙**反映, 原站长张**违规收受) is no blank; kept: a field's or a byline's (述职人：王**, 局长　徐**) as 某某
    # there (holdout425: 董事长李**同志 a blank), and 【依申请公开删除】 read as residue.
    "holdout561": dict(folder="corpus-holdout561", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=5),
    # holdout562 (annual reports XC: 村 and 社区 in plain words), unseen 92.6 %, genre 93.8 %: （一）政治方面：……, 一、跟镇
    # 党委走, 1.学习抓得怎么样, 四、为群众办事, 刹住身边歪风, 把群众身边的不正之风管起来, 七、明年; ……管党治党情况 the
    # annual report's title.
    "holdout562": dict(folder="corpus-holdout562", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout563 (party-building reports XXXVIII: 消防, 人武部, 派出所), unseen 98.6 %; left: discipline under a shared
    # 作风纪律 heading, which the writer starts at its paragraph (把纪律挺在前面), read at the heading.
    "holdout563": dict(folder="corpus-holdout563", docs=16, recall=98.6, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout564 (work summaries LXI: 自查自评 against an assessment's items), unseen 92.6 %, genre 87.5 %: 【指标一】 heads a
    # part (H1); a unit's 目标责任考核自查 and a hospital's 意识形态工作 自查 are work summaries.
    "holdout564": dict(folder="corpus-holdout564", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout565 (copied from the web XX: 繁體 mirror pages and converters), unseen 100 %, residue 86.1 %: 轉換完成　复制结果.
    "holdout565": dict(folder="corpus-holdout565", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout566 (speeches LIV: 年度工作会议), unseen 100 %.
    "holdout566": dict(folder="corpus-holdout566", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout567 (a reviewer's inbox XXIV: drafts with slips), unseen 97.8 %: 二、存在问提.
    "holdout567": dict(folder="corpus-holdout567", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout568 (structures XXVI: parts opened in running text), unseen 100 %.
    "holdout568": dict(folder="corpus-holdout568", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout569 (placeholders XXXVIII: letters for numbers), unseen 100 %, placeholders 82.8 %: 第N季度, N+1名 (not
    # “N+1”帮扶机制), abc人次; a letter the sentence explains after it (第N次约谈（N为……）) is no blank.
    "holdout569": dict(folder="corpus-holdout569", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout570 (annual reports XCI: 民族地区 and 边疆 units), unseen 100 %.
    "holdout570": dict(folder="corpus-holdout570", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout571 (party-building reports XXXIX: Party organs' own branches), unseen 100 %.
    "holdout571": dict(folder="corpus-holdout571", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout572 (work summaries LXII: an office's or a section's year), unseen 100 %.
    "holdout572": dict(folder="corpus-holdout572", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout573 (copied from the web XXI: search results pages), unseen 98.9 %, residue 74.4 %: a results page's box,
    # tabs, count, a result's address, its dated snippet and its title with its site are residue; left: the query
    # alone on a line (four strings), a summary's achievements read from its first paragraph, and five titles (a
    # result's title or the query read as the report's).
    "holdout573": dict(folder="corpus-holdout573", docs=16, recall=98.9, false_present=0, auto=100.0,
                       residue=98.1, placeholders=100.0, false_strings=0),
    # holdout574 (speeches LV: 调研座谈会 and 听取汇报后的讲话), unseen 100 %.
    "holdout574": dict(folder="corpus-holdout574", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout575 (a reviewer's inbox XXV: full 公文 layout), unseen 100 %, 6 on no truth: ▲ headings indented with
    # full-width spaces (the residue's match starts at the line's start, before the heading's node: spared now).
    "holdout575": dict(folder="corpus-holdout575", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout576 (structures XXVII: aspects named by their content only), unseen 98.9 %: “三重一大”决策制度更加完善.
    "holdout576": dict(folder="corpus-holdout576", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout577 (placeholders XXXIX: drafting questions in brackets), unseen 100 %, placeholders 0 %: （全年多少次？）,
    # （哪几个村？）, （具体数字？）, （时间？）, （问组织科）, （待审计部提供） (not （问答式）, （问题1）: holdout112, 120, 13, 320);
    # a speech's （大家不妨扪心自问：……？） read as a drafting note (residue-note) until session 55: a question put to
    # the audience is the speech's.
    "holdout577": dict(folder="corpus-holdout577", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout578 (annual reports XCII: 人大, 政协, 统战部 and 工商联 — 统一战线 as the sixth part), unseen 100 %.
    "holdout578": dict(folder="corpus-holdout578", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout579 (party-building XL: 国企 车间, 项目部 and 班组 branches), unseen 98.5 %: 强靶向整治，促风气清朗 as the
    # sixth part; a cover note above the title (公司党委： / 现将……报告如下。) read as residue.
    "holdout579": dict(folder="corpus-holdout579", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout580 (work summaries LXIII: a year-long campaign's summary), unseen 97.1 %: （二）存在的不足 under the last
    # stage, after a stage full of shortcomings; the work after a line that announces it (一年来主要做了以下工作：).
    "holdout580": dict(folder="corpus-holdout580", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout581 (copied from the web XXII: paid writing columns), unseen 100 %, residue 83.1 %: 免费试读, 解锁全文,
    # 已阅读至试读结尾, 下载Word版, a byline with its 阅读 count; two titles wrong (关注作者 +关注, a column's 频道 line).
    "holdout581": dict(folder="corpus-holdout581", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout582 (speeches LVI: 现场观摩会 speeches), unseen 98.2 %: a 观摩点's 解说词 read as no genre, its close
    # (以上是……的基本情况，请各位领导批评指导。).
    "holdout582": dict(folder="corpus-holdout582", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout583 (a reviewer's inbox XXVI: converters' trial marks), unseen 100 %, residue 89.5 %, 8 on no truth: a
    # character the converter lost (党□引领) read as a blank; Page 1; 免费版仅转换前3页; a title under Evaluation Warning.
    "holdout583": dict(folder="corpus-holdout583", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout584 (structures XXVIII: headings as paired slogans — 抓思想·强根基, 抓班子｜带队伍), unseen 90.4 %: a bar
    # read as a site's menu, 谋新篇·再出发, 强堡垒, a slogan's plain heading on the line below (聚焦组织建设).
    "holdout584": dict(folder="corpus-holdout584", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout585 (placeholders XL: Word content controls left unfilled), unseen 100 %, placeholders 83.3 %: 点击此处输入姓名,
    # 请在此处填写具体措施, 整改完成率选择一项。
    "holdout585": dict(folder="corpus-holdout585", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout586 (annual reports XCIII: a secretary's own 第一责任人 report), unseen 97.9 %: 亲自督办 over 督办重点领域
    # 反腐败 (the umbrella found, its item expected); an aspect the part's body alone names (left: 586/07, 586/10).
    "holdout586": dict(folder="corpus-holdout586", docs=16, recall=97.9, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout587 (party-building XLI: 迎检汇报材料), unseen 97.1 %, genre 87.5 %: ……党建工作考核汇报材料 and 在……党建工作调研
    # 座谈会上的汇报 read as speeches; the work after 今年以来，我们重点抓了以下几项工作：; 以上问题的产生，主要是…… as causes.
    "holdout587": dict(folder="corpus-holdout587", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout588 (work summaries LXIV: 工委 summaries), unseen 100 %.
    "holdout588": dict(folder="corpus-holdout588", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout589 (copied from the web XXIII: mobile 政务 apps and mini programs), unseen 100 %, residue 86.7 %:
    # 本内容来自「……」小程序, A-　A+　🔊 朗读, 分享给好友, a channel's line with its date.
    "holdout589": dict(folder="corpus-holdout589", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.5, placeholders=100.0, false_strings=0),
    # holdout590 (speeches LVIII: 通报 speeches), unseen 94.3 %, genre 87.5 %: a 通报 of results read out (……考核结果的通报),
    # its 主送 as the salutation, 特此通报。 and 以上通报，请各单位对照整改。 as closings.
    "holdout590": dict(folder="corpus-holdout590", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout591 (a reviewer's inbox XXVII: a report sent in pieces), unseen 97.9 %, residue 34.7 %: the sender's marks
    # (（2/3）, （未完待续）, 第二部分如下：, 【续】2), 第二部分如下： read as a heading; left: the chat's replies, a piece pasted twice.
    "holdout591": dict(folder="corpus-holdout591", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=69.0, placeholders=100.0, false_strings=0),
    # holdout592 (structures XXIX: Markdown from online editors), unseen 100 %.
    "holdout592": dict(folder="corpus-holdout592", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout593 (placeholders XLI: ellipses and dashes where facts go), unseen 100 %, placeholders 47.6 %: 于……月,
    # 达…%, 查处……起, 发展党员——名.
    "holdout593": dict(folder="corpus-holdout593", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),
    # holdout594 (annual reports XCIV: 开发区, 园区, 新区 党工委), unseen 100 %.
    "holdout594": dict(folder="corpus-holdout594", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout595 (party-building XLII: village secretaries' term reports), unseen 89.5 %, genre 87.5 %: 党支部书记五年工作回顾 /
    # 任期目标完成情况报告 as titles, 还欠哪些账 and 给下一届的几句话 as headings, 对新一届……提几点建议： over a list that starts
    # again, 首先，说说……。 sentences over the parts, 深化“微腐败”整治.
    "holdout595": dict(folder="corpus-holdout595", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout596 (work summaries LXV: 工作专班 and 指挥部), unseen 98.2 % (the miss its writer's 需要协调解决的事项 as problems,
    # corrected at review to holdout476's convention: requests, no problems part).
    "holdout596": dict(folder="corpus-holdout596", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout597 (copied from the web XXIV: 政府网站 信息公开 pages), unseen 100 %, residue 95.2 %, two titles wrong: a field's
    # value under its label (发布机构 / 澜山县教育局, 索引号 / HY-ZWFW-…) read as the title's first line, a site's name over
    # its breadcrumb, a bilingual page's labels.
    "holdout597": dict(folder="corpus-holdout597", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout598 (speeches LIX: 理论学习中心组 研讨发言, 主持词, 总结讲话), unseen 100 %.
    "holdout598": dict(folder="corpus-holdout598", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout599 (a reviewer's inbox XXVIII: drafts returned with remarks), unseen 100 %, residue 41.4 %: remarks named by
    # what the reviewer did (（……初审意见：……）, 【……审核：……】, 【……书记批：……】), 批注1 [……]：……, [修改建议] ……, ★此段删, the
    # drafter's answers (……】已补充：……。, 已核实。) and a cover letter's office kept; left: a 党风廉政建设 part read as the sixth too.
    "holdout599": dict(folder="corpus-holdout599", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout600 (structures XXXI: each part one paragraph opened by a run-in lead), unseen 94.9 %: 摆一摆问题，……, 腐败问题
    # 怎么治？……, a summary's problems and plans as leads (短板也要正视：…… / 下半年，……).
    "holdout600": dict(folder="corpus-holdout600", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout601 (placeholders XLII: blanks for people, posts and 〇〇 figures), unseen 100 %, placeholders 80.6 %: ＃＃, ■■,
    # 〔职务〕〔姓名〕; left: 某村, 某局 (anonymized names in 191 other documents).
    "holdout601": dict(folder="corpus-holdout601", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=91.6, false_strings=0),
    # holdout602 (annual reports XCV: 中小学校, 职业学校 and 幼儿园), unseen 100 %, genre 93.8 %: left, a school's
    # 校长负责制 落实情况 report read as its Party building (an earlier set reads such a title so).
    "holdout602": dict(folder="corpus-holdout602", docs=16, recall=100.0, false_present=0, auto=93.7,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout603 (party-building XLIII: 公立医院 党委 and 临床科室 党支部), unseen 100 %, genre 93.8 %: left, a branch's
    # ……党支部2026年工作总结 read as a work summary (the corpus reads such titles so, eleven to two).
    "holdout603": dict(folder="corpus-holdout603", docs=16, recall=100.0, false_present=0, auto=93.7,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout604 (work summaries LXVI: 国企 子公司 and 项目公司), unseen 100 %.
    "holdout604": dict(folder="corpus-holdout604", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout605 (copied from the web XXV: PDFs of 简报, 公报 and 党刊), unseen 100 %, residue 81.1 %: a periodical's running
    # header (甘棠县人民政府公报　2026年第3期, 《澄江先锋》2026年第1期, 桐江县市场监管工作简报) and credits (（……供稿）, 责任编辑
    # 林　岚); left: an editor's note wrapped over lines, a column's ·领导讲话·, the masthead's compiler line, one title.
    "holdout605": dict(folder="corpus-holdout605", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=90.2, placeholders=100.0, false_strings=4),
    # holdout606 (speeches LX: 表彰大会 讲话, 颁奖词, 主持词), unseen 97.8 %, genre 93.8 %: a 颁奖词 is speaking material;
    # left: a 颁奖词 template's 使用说明 read as residue; 正风肃纪 heading conduct and discipline together answered in
    # session 57 (discipline's where the part's text says enough of it).
    "holdout606": dict(folder="corpus-holdout606", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout607 (a reviewer's inbox XXIX: 钉钉, 企业微信 and OA apps), unseen 93.7 %, residue 79.3 %: an app's fields over the
    # report (标题：……提交的报告审批, 日志类型：……) read as its title, which lost its parts; 已读 42 / 未读 3, 审批流程, 签发人：……
    # 2026-01-07, the print's notes; 汇报人：…… kept (the unit's own).
    "holdout607": dict(folder="corpus-holdout607", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=96.5, placeholders=100.0, false_strings=0),
    # holdout608 (structures XXXII: numbering slips), unseen 100 %.
    "holdout608": dict(folder="corpus-holdout608", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout609 (placeholders XLIII: full-width and spaced letters), unseen 100 %.
    "holdout609": dict(folder="corpus-holdout609", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout610 (annual reports XCVI: 农商银行, 村镇银行 and 保险 分公司 党委), unseen 100 %, residue 88.9 %: an OA page's
    # 打印　　关闭 (two spaces, no bar).
    "holdout610": dict(folder="corpus-holdout610", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout611 (party-building XLIV: 高校 学院 党委 and 学生 党支部), unseen 100 %, genre 87.5 %: a students' branch's yearly
    # ……党支部2026年工作总结 is its Party building (seven of the sets' eight read it so).
    "holdout611": dict(folder="corpus-holdout611", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout612 (work summaries LXVII: 法院, 检察院, 公安局, 司法局), unseen 100 %; one title: a bracketed range under it,
    # （2026年1月1日至12月20日）, is its period.
    "holdout612": dict(folder="corpus-holdout612", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout613 (copied from the web XXVI: an AI chat window and a Markdown editor), unseen 98.8 %, residue 70.4 %: the
    # bot's afterwords (以上内容可根据实际情况修改……, 请告诉我, 贵单位), its prompt in the drafter's words (……，帮我写一篇……发言稿),
    # a .txt's --- rule, a note's front matter and to-dos; 一、这一年做了哪些事; a slogan title under the bot's preface.
    "holdout613": dict(folder="corpus-holdout613", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout614 (speeches XLVI: 警示教育大会, 廉政党课), unseen 100 %: 来源：区卫健委; a case's 可韩某某就是…….
    "holdout614": dict(folder="corpus-holdout614", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout615 (inbox XXVII: OCR'd scans), unseen 100 %, residue 74.0 %: a seal's whole ring under the signature
    # (青 石 镇 委 员 会 中 共, 口口丰宁口交口运输口口组), a leader's 批示 (请组织科存档 周 1.9), 收文 stamps, 文字整理：……;
    # left: （1）…（5） page numbers in brackets.
    "holdout615": dict(folder="corpus-holdout615", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.2, placeholders=100.0, false_strings=0),
    # holdout616 (structures XXXVII: slogans without numbers), unseen 86.7 %: slogan lines over the work above a numbered
    # 一、存在的问题, slogan pairs ended by 。 without blank lines, a weak slogan confirmed by its opening (2026年，……将……).
    "holdout616": dict(folder="corpus-holdout616", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout617 (placeholders XLIV: template fields and notes), unseen 100 %, placeholders 90.4 %: 某月某日, 第某巡察组,
    # 某乡、某镇, 某市长就……; notes alone on their lines residue; a quiz's quoted ______ no blank.
    "holdout617": dict(folder="corpus-holdout617", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout618 (annual reports XCVII: 垂直管理 units and 央企 county branches), unseen 100 %.
    "holdout618": dict(folder="corpus-holdout618", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout619 (party-building XLV: 非公企业, 社会组织, 新就业群体), unseen 100 %, genre 93.8 %: a branch's
    # ……党支部2025年党建工作情况 is its Party building.
    "holdout619": dict(folder="corpus-holdout619", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout620 (work summaries LXVIII: 村 and 乡镇 in plain words), unseen 98.2 %, genre 93.8 %: 回头看这半年，成绩有一些，
    # 短板也摆在那里 no look back at the work; left: a village's 述职述廉 at its 村民代表大会 (在……大会上的) read as a speech.
    "holdout620": dict(folder="corpus-holdout620", docs=16, recall=100.0, false_present=0, auto=93.7,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout621 (copied from the web XXVII: 微信公众号 articles with the page's hidden labels), unseen 100 %, residue
    # 87.5 %: 赞 ，轻点两下取消赞, 原创 ……, 取消 / 允许, a 导语 and its lead-in.
    "holdout621": dict(folder="corpus-holdout621", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout622 (speeches XLVII: 年度工作会议 讲话), unseen 100 %.
    "holdout622": dict(folder="corpus-holdout622", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout623 (inbox XXVIII: forms copied cell by cell), unseen 98.9 %, genre 93.8 %, residue 28.6 %: a form's title
    # (……考核登记表) and its field rows (姓名<TAB>……), its 填表说明：1.……; the higher level's empty boxes (……评议意见,
    # （此栏由县委填写）) the form's own (truths corrected); a list that goes on from a line's text (四是……); left: 表3.
    "holdout623": dict(folder="corpus-holdout623", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout624 (structures XXXVIII: circled numbers, Roman numerals, letters), unseen 100 %.
    "holdout624": dict(folder="corpus-holdout624", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout625 (placeholders XLV: blanks in flattened tables, lists and headings), unseen 100 %.
    "holdout625": dict(folder="corpus-holdout625", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout626 (annual reports XCVIII: 机关党委 of departments), unseen 100 %, genre 93.8 %: a 机关党委's report on its
    # 主体责任 and its 机关党建 is the annual report.
    "holdout626": dict(folder="corpus-holdout626", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout627 (party-building XLVI: 国企 车间, 班组, 项目部 党支部), unseen 100 %, genre 87.5 %: a 党小组's 工作总结 is
    # Party building; left: a 党支部书记、车间主任's 述职 (both hats) read as a work summary, as the corpus reads such titles.
    "holdout627": dict(folder="corpus-holdout627", docs=16, recall=100.0, false_present=0, auto=93.7,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout628 (work summaries LXIX: 事业单位), unseen 100 %.
    "holdout628": dict(folder="corpus-holdout628", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout629 (copied from the web XXVIII: 头条, 百家号, 搜狐号, 网易号 re-posts), unseen 100 %, residue 93.9 %: 本文摘要：……,
    # 网易热搜, 原标题：…… (no title line under the platform's headline); left: accounts' names alone on their lines.
    "holdout629": dict(folder="corpus-holdout629", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=95.6, placeholders=100.0, false_strings=0),
    # holdout630 (speeches XLVIII: 读书班 研讨发言, 心得体会), unseen 100 %.
    "holdout630": dict(folder="corpus-holdout630", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout631 (inbox XXIX: tracked changes and comments as text), unseen 100 %, residue 84.1 %: a comment with its author
    # and time (王丽 2026-01-08 14:32 批注：……), A3 批注：……, [插入批注：……], 修订注：……, 修改意见汇总：……; left: （修订稿）.
    "holdout631": dict(folder="corpus-holdout631", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
    # holdout632 (structures XXXIX: 【一】, 第一章, 壹贰叁, 一 、), unseen 98.8 %: 健全制度机制，权力运行更加规范 the sixth part.
    "holdout632": dict(folder="corpus-holdout632", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout633 (placeholders XLVI: silent blanks), unseen 100 %, placeholders 10.0 %: a figure deleted and nothing put in
    # its place — answered where a % or an amount (同比增长%, 资金共计万元) shows it (25.0 %), and (session 58) where a
    # measure word follows the noun it counts at a clause's end (党委会议次，, 发展党员名。, 干部人次、, 处分人), one pattern keyed
    # on the measure word with its noun in a lookbehind (71.0 %; 75.0 % with wave 84's nouns); left: rarer pairs (流转土地亩,
    # 经营主体户, 思政课程门).
    "holdout633": dict(folder="corpus-holdout633", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=75.0, false_strings=0),
    # holdout634 (annual reports XCIX: 人大, 政协, 法院, 检察院 and 群团 党组), unseen 99.0 %: a 团委's （二）抓从严治团 the
    # organizational part; 03's 纪律建设和反腐败工作 heading is both parts (its truth corrected at review).
    "holdout634": dict(folder="corpus-holdout634", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout635 (party-building XLVII: 离退休干部 and 社区 党组织), unseen 100 %.
    "holdout635": dict(folder="corpus-holdout635", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout636 (work summaries LXX: 党务干部's own 德、能、勤、绩、廉), unseen 98.3 %; left: 13's plans a paragraph without a
    # heading after run-in labels (德——……), and two 述职 genres (a 组织委员's given aloud, a 党群工作部部长's: the corpus
    # files such a 述职 as Party building).
    "holdout636": dict(folder="corpus-holdout636", docs=16, recall=98.3, false_present=0, auto=87.5,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout637 (web XXIX: a contents list copied ahead of the text), unseen 69.6 %: a list without its 目录 label (three or
    # more numbered lines each said again below) and a panel's toggle (目录 收起, 文章目录 展开) — the list's lines were read
    # as the parts; 把牢国企发展方向 and 坚持“两个一以贯之” name the political part; left: a 文档大纲 panel after the signature.
    "holdout637": dict(folder="corpus-holdout637", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=93.0, placeholders=100.0, false_strings=0),
    # holdout638 (speeches XLIX: 全面从严治党工作会议), unseen 98.0 %: the plans' 一是……五是 under 明年打算：……以下工作。 are its
    # points (四是加强统一战线工作 no part done); 群众扫码查看村级财务信息 is no page's 扫码查看; left: 13, a 纪委's 工作报告 read to
    # the meeting (受……委托，我向大会报告) chosen as an annual report.
    "holdout638": dict(folder="corpus-holdout638", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout639 (inbox XXX: an OA 公文 system's 处理笺 and 流程), unseen 100 %, residue 77.5 %: 发文稿纸, 密级：普通, 会签：……,
    # 审核：许斌　同意　2026-01-08, the tabs 正文　附件　流程, 步骤　办理人　办理意见, 流程：拟稿……→已归档 (not a 公文's own
    # 密级：内部 or 紧急程度：平件); the ★ of a 公文's red rule is its own. Bodies made from shared sentences by the helper.
    "holdout639": dict(folder="corpus-holdout639", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=97.5, placeholders=100.0, false_strings=0),
    # holdout640 (structures XL: metaphor headings), unseen 97.7 %: 乘势而上再出发 and 领好“任务书” head the plans.
    "holdout640": dict(folder="corpus-holdout640", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout641 (placeholders XLVII: 某 as a blank and as a case's), unseen 100 %, placeholders 89.1 %: 召开支委会某次、 and
    # 发展党员某名。 are blanks; ××县某村党支部书记王某 a case told anonymously.
    "holdout641": dict(folder="corpus-holdout641", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout642 (annual reports C: 县直 职能部门 — 审计, 统计, 自然资源, 住建, 应急), unseen 100 %.
    "holdout642": dict(folder="corpus-holdout642", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout643 (party-building XLVIII: 机关 科室 党支部), unseen 100 %; left: a 支部's 工作总结 of its Party work read as a
    # work summary (09).
    "holdout643": dict(folder="corpus-holdout643", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout644 (work summaries LXXI: 乡镇 and 街道 上半年 / 前三季度), unseen 100 %.
    "holdout644": dict(folder="corpus-holdout644", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout645 (web XXX: a report inside a blog or Q&A post), unseen 100 %, residue 85.6 %: 本回答被提问者采纳, 其他类似问题,
    # 评论列表, a code fence, 简书's 字数 … 阅读 …, 本文为博主原创文章; left: the poster's and commenters' own words, three titles
    # (the post's headline taken for the report's), a sixth part found where the truth has none (07).
    "holdout645": dict(folder="corpus-holdout645", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=89.4, placeholders=100.0, false_strings=0),
    # holdout646 (speeches L: 民主生活会 主持词, 通报, 点评), unseen 100 %: a 点评's 以上意见，仅供参考，不妥之处请批评指正 is its own.
    "holdout646": dict(folder="corpus-holdout646", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout647 (inbox XXXI: notes to self), unseen 100 %, residue 34.2 %, 15 on no truth: 【领导说这段要加强】, [此处补充一个
    # 案例], （注：参考去年……写法）, （或：……）, TODO 补充……, ？？？此处是否保留, 参考资料：……, ★重点改★; left: （数据待核） read as
    # a note where the truth has a blank, and the other way round.
    "holdout647": dict(folder="corpus-holdout647", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=90.8, placeholders=82.4, false_strings=0),  # (wave 85: （数据待核）次 a blank, not a note)
    # holdout648 (structures XLI: 1. at the top, 首先/其次 paragraphs), unseen 97.7 %; left: 13, a personal summary in
    # 首先……最后 paragraphs whose plans are its last paragraph.
    "holdout648": dict(folder="corpus-holdout648", docs=16, recall=97.7, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout649 (placeholders XLVIII: silent blanks II), unseen 100 %, placeholders 22.8 %: the measure words of wave 83's
    # pattern with more nouns (覆盖党员人, 意见建议条, 整改完成项, 示范点个 — 个 after any noun but a quantifier), an amount
    # (投入资金万元, not 近万元), 慰问金元, 截至月日, 办结率达，, 下降个百分点, one space where the figure went (会议 次).
    "holdout649": dict(folder="corpus-holdout649", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=79.5, false_strings=0),
    # -- wave 85 (session 59): unseen 98.8 % mean recall
    # holdout650 (annual reports CI: the 2025 year's campaigns), unseen 98.0 %: a report of paragraphs whose first part has
    # no 在……方面 label and whose problems open 当前，…… (当前, 目前 are lead words); a top-level 六、深化整治……腐败问题 before
    # （六）建章立制 under a part that names conduct and discipline in part.
    "holdout650": dict(folder="corpus-holdout650", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout651 (party-building L: 科研院所, 出版社, 报社, 剧院 党委), unseen 100 %.
    "holdout651": dict(folder="corpus-holdout651", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout652 (work summaries LXXII: 临时党支部), unseen 98.4 %, placeholders 80.0 %, 12 on no truth: 在肯定成绩的同时……
    # 不足 opens problems, not the work done; （待补充）公里 is a blank, not a note; 某某省 / 某某市 in a unit's name are blanks
    # (five truths corrected at review: the writer meant them as anonymity).
    "holdout652": dict(folder="corpus-holdout652", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout653 (web XXXI: online collaborative documents), unseen 100 %, residue 79.6 %, three titles wrong: comments below
    # the signature (刘芳：……再核一下; rule residue-doc-comment), 批注（赵丽）：, 孙倩 添加了评论：, 评论 1 · 周敏：, 等 3 人正在协作,
    # ？ 帮助与反馈, 我的文件 › ……, 〔输入“@”提及他人或文档〕, — 评论 —; an outline pane in one line over the title.
    "holdout653": dict(folder="corpus-holdout653", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout654 (speeches LI: 巡察), unseen 100 %; left: a 巡察反馈意见整改进展情况的报告 read as an annual report (10; the
    # corpus reads such reports both ways: holdout113/14 is an annual report's).
    "holdout654": dict(folder="corpus-holdout654", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout655 (inbox XXXII: a report with its 附件 below), unseen 100 %, placeholders 83.3 %, 1 on no truth: a table's
    # cell left ＿＿; 附件：……整改台账（对照上年度……） is the report's own attachment, no earlier report pasted below.
    "holdout655": dict(folder="corpus-holdout655", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout656 (structures XLII: headings broken across lines), unseen 93.8 %: a number left at the end of the paragraph
    # above its words (……正确引导社会舆论。三、 / 聚焦基层基础，……); 六、健全统计制度 (with 从制度层面 in its text) the sixth
    # part; left: 07's （三）整治群众身边的不正之风 under its discipline part taken for the sixth part.
    "holdout656": dict(folder="corpus-holdout656", docs=16, recall=100.0, false_present=1, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout657 (placeholders XLIX: years, dates, 文号), unseen 100 %, placeholders 92.2 %: ○月○日, 〇月〇日, a masthead's
    # 〔20XX〕X号 (the document's own line, with its blanks).
    "holdout657": dict(folder="corpus-holdout657", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # -- wave 86 (session 59): unseen 95.3 % mean recall
    # holdout658 (annual reports CII: 民族地区 and 边境 units), unseen 99.0 %; left: a 统战部's own united-front work found at
    # an item of its political part (01).
    "holdout658": dict(folder="corpus-holdout658", docs=16, recall=99.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout659 (party-building LI: 新业态 行业党委), unseen 100 %, 1 on no truth: 中共……注册会计师行业委员会 (注册, a site's
    # 登录|注册 button's word) no chrome.
    "holdout659": dict(folder="corpus-holdout659", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout660 (work summaries LXXIII: 季度 and 月度), unseen 100 %; left: a village's monthly summary read as a
    # party-building report (07). (Its brief asked for periods as written, 第三季度 / 10月份: not the truth's vocabulary;
    # made null at review.)
    "holdout660": dict(folder="corpus-holdout660", docs=16, recall=100.0, false_present=0, auto=93.8,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout661 (web XXXII: a 汇报 PPT's slides copied to text), unseen **76.9 %**, residue 57.5 %: PART 01 labels head the
    # parts (outline._part_labels), a CONTENTS slide is the document's contents, ▶ heads a slide's bullets; 单击此处添加文本,
    # 图表标题, 系列1, Slide 4, P11, THANKS, 谢谢聆听, 备注：本页讲完后…… are residue; left: a deck's last slide's 谢谢！ and
    # 敬请批评指正 (a speech's closing elsewhere), bare slide numbers (01, [1], （1）), a 汇报提纲 in rows, three parts.
    "holdout661": dict(folder="corpus-holdout661", docs=16, recall=93.6, false_present=1, auto=100.0,
                       residue=82.2, placeholders=100.0, false_strings=1),
    # holdout662 (speeches LII: 培训班 开班式 and 结业式), unseen 100 %.
    "holdout662": dict(folder="corpus-holdout662", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout663 (inbox XXXIII: drafts typed on a phone), unseen 100 %.
    "holdout663": dict(folder="corpus-holdout663", docs=16, recall=100.0, false_present=0, auto=100.0,
                       placeholders=100.0, false_strings=0),  # (no residue in its truth)
    # holdout664 (structures XLIII: an overview's own numbered list above 一、), unseen 86.2 %: ①……④ (sentences) in the
    # overview held 一、履行主体责任情况 and every part below it (outline._nests: a level-1 heading opens no sentence's body).
    "holdout664": dict(folder="corpus-holdout664", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=0),
    # holdout665 (placeholders L: letters for figures), unseen 100 %, placeholders 82.6 %, 2 on no truth: a项, k场, b家,
    # y个百分点, N台 (the letters of 发展党员n名 widened); 档案编号：…… above the title is the document's own.
    "holdout665": dict(folder="corpus-holdout665", docs=16, recall=100.0, false_present=0, auto=100.0,
                       residue=100.0, placeholders=100.0, false_strings=1),
}
#: Parts still reported present after they were cut out (of 540): the 统战部's “建设统战之家”
#: heading of its 机关党建 part names 统战 as a part of its own; and (session 28) a bank's sixth part
#: cut, its （五）深化清廉金融文化建设，一体推进“三不腐” names the sixth part as well as discipline
#: (清廉 and 三不腐, 5 each) — a part on the fight against corruption, if not the report's own.
#: Session 29: two more, each defensible — 五、严明党的纪律，纵深推进医药领域腐败问题集中整治 names a
#: sector's campaign against corruption (the sixth part merged into discipline) once the report's own
#: sixth part is cut; a 党课 whose 谢谢大家！ is cut still ends on 与大家共勉。, a closing formula too.
DELETION_CEILING = 4


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(corpus):
    evaluate = _load("evaluate")
    cases = evaluate.load_cases(corpus=corpus)
    by_genre = {}
    for genre in sorted({c.genre for c in cases}):
        by_genre.update(evaluate.run_check([c.doc for c in cases if c.genre == genre], genre))
    auto = evaluate.run_check([c.doc for c in cases], "auto")
    return cases, evaluate.figures(evaluate.score(cases, by_genre, auto), cases, 0.0)


@pytest.fixture(scope="module")
def figures():
    cases, result = _figures(ROOT / "tests" / "corpus")
    assert len(cases) >= 40
    return result


def test_every_element_recall_reaches_the_target(figures):
    low = {f"{genre}/{name}": e["recall"] for genre, elements in figures["elements"].items()
           for name, e in elements.items() if e["recall"] is not None and e["recall"] < TARGET_RECALL}
    assert low == {}, json.dumps(figures["misses"], ensure_ascii=False, indent=1)


def test_no_part_is_reported_present_that_is_not_there(figures):
    assert figures["false_present"] == []


def test_no_part_found_is_reported_too_thin(figures):
    assert figures["weak"] == []


def test_auto_genre_reaches_the_target(figures):
    assert figures["overall"]["auto_genre"] >= TARGET_AUTO, figures["auto_wrong"]


def test_every_genre_and_element_is_scored(figures):
    assert set(figures["elements"]) == {"qmcz-annual-report", "party-building-report", "work-summary", "speech"}
    assert all(e["n"] for elements in figures["elements"].values() for e in elements.values())


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_each_holdout_keeps_its_floors(name):
    floors = HOLDOUTS[name]
    cases, result = _figures(ROOT / "tests" / floors["folder"])
    assert len(cases) >= floors["docs"]
    overall = result["overall"]
    assert overall["recall"] >= floors["recall"], json.dumps(result["misses"], ensure_ascii=False, indent=1)
    assert len(result["false_present"]) <= floors["false_present"], result["false_present"]
    assert overall["auto_genre"] >= floors["auto"], result["auto_wrong"]
    for key in ("residue", "placeholders"):
        if key in floors:
            assert overall[key] >= floors[key], result["string_misses"]
    if "false_strings" in floors:
        assert overall["false_strings"] <= floors["false_strings"], result["string_false"]
    # a part found but reported too thin (内容过少) is a finding the writer sees: none unless recorded
    assert overall["weak"] <= floors.get("weak", 0), result["weak"]


def test_a_part_cut_out_is_not_found_elsewhere():
    result = _load("deletion").run([ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-holdout"])
    assert result["cases"] >= 500
    assert len(result["false_present"]) <= DELETION_CEILING, json.dumps(result["false_present"], ensure_ascii=False,
                                                                        indent=1)


#: Documents whose title the outline places elsewhere than their truth file (13 of 558, session 24;
#: of session 24's 237 blind documents one after their rounds): speech titles with nothing of a
#: title's kind in them (a 主持词, one below a page's headline); the page's copy of a speech's title
#: taken over the repeat the truth files name (twice); a unit's or a speaker's line above or below a
#: title counted in or out of it (seven); a Markdown title over two lines.
#: Session 25: one more, a 知乎 answer's author line the truth counts in the title.
#: Session 26: one more (675 documents), a 文库 page whose numbered notes (1、本文档共6页……。) read as
#: the body's first sentences, so the title below them is not looked for.
#: Session 27: two more (715 documents), a forwarded mail's covering note (林主任：/您好！……) and a group
#: chat's messages above the report: body sentences before the title, which is then not looked for;
#: holdout29 two more: a pandoc title whose byline (## 中共…书记 杜明远) the truth counts in the
#: title, a 征求意见稿 stamp on its own line above the title counted in it.
#: Session 28: one more (871 documents), a 文库 page whose headline repeats the title word for word two
#: lines above it (the truth takes the lower one).
#: Session 29: 967 documents; a 公文's 发文字号 is no line of its title below it, a title's second line
#: opening 和/及 continues it, a （2025年度） note below belongs to it — 32 wrong → 19 (one old: a 述职's
#: （2023年度） that tests/corpus keeps out of the title, where two other sets keep it in). Then 1,063
#: documents: 19 (a bold unit line over a bold title joins it; an office suite's header is chrome; one
#: more wrong: a byline in brackets below a 述职 title that holdout46 counts in it, holdout39 out).
#: 1,127 documents: 19 (a title spaced out letter by letter, 桐 溪 县 民 政 局 党 组, read squeezed).
#: Session 30: 1,639 documents, 22 — of the 384 new ones 12 were wrong unseen, 3 left, all conventions that disagree
#: between sets: a byline in brackets below the title （长岭街道晨光社区党委书记） and an occasion note in
#: brackets （2026年1月6日在研究所党员大会上）, which holdout64 counts in the title and holdout75/79 out.
#: Session 31: 1,735 documents, 23 — of the 96 new ones 4 were wrong unseen (a cover note's signature line,
#: a subtitle broken before 上的讲稿, a hard-wrapped title), 1 left: the occasion note in brackets again (holdout90).
#: Of the 96 of the eleventh wave, 4 wrong unseen, 3 left: conventions again — a byline in brackets （镇党委副书记…
#: 许嘉禾）, a byline line below a 述责述廉 title, a note on the form （按市直机关工委提纲逐项回答）.
#: Of the 96 of the twelfth wave, 3 wrong unseen, 2 left: an occasion note in brackets (again), and a 主持词's
#: title below a document site's lines (首页 > 范文大全 > … / 文档格式：DOCX …) not found.
#: Of the 96 of the thirteenth wave, 5 wrong unseen, 2 left: an occasion note in brackets (again), and a 小红书
#: post whose title is its own headline over the speech's.
#: Of the 80 of the fourteenth wave (110–113, 115), 5 wrong unseen, 4 left: a unit's name above 关于…的报告 read
#: as the title's first line where the set calls it a masthead (twice), a portal's 青峰县人民政府 over the title,
#: a note in brackets under a title (again).
#: Of the 96 of the fifteenth wave, 10 wrong unseen, 7 left: notes and dates in brackets under titles and a unit's
#: name over them (conventions again), a 主持词's title broken before its second line, a 知乎 answer's lecture title
#: below the answer's own words, a pandoc front matter's title: key, a two-column PDF's header line.
#: Of the 96 of the sixteenth wave, 2 wrong, 1 left: a 主持词's title whose second line is 主  持  词 spaced
#: out. (Fixed: a cover note's date alone on a line above a title that opens with a year.)
#: Session 33: 2,503 documents, 42 (39 of the older sets: fixed an attachment's 附件1 above a title, a 主持词 title
#: spaced out, a related list's 主持词 below the text taken for the page's title). Of the 192 of the seventeenth
#: and eighteenth waves, 11 wrong unseen, 3 left: a page header (the unit's name) read as a title's first line,
#: （2025年度） under a title, a cover letter's 关于报送…的函 above the report (conventions). Of the 96 of the
#: nineteenth wave, 6 wrong: notes in brackets under titles (（2025年度）, （在村全体党员大会上）, twice), a web page's
#: headline lines joined to the title (360doc, 视频号), a 微博 account's name above a lecture's title.
#: Session 34: of the 192 of the twentieth and twenty-first waves, 7 wrong unseen, 4 left (fixed: a scan's full title
#: line ran on into the addressee 县委： below it, a masthead's rule ★★★★ into the title): a compilation's running
#: header above a 述职's title, an occasion note in brackets under a title (again), an OCR'd 2O25 title broken over
#: two lines, a fax machine's header line joined to the title. Of the 96 of the twenty-second wave, 3 wrong: an
#: occasion note in brackets (again), a chat assistant's thinking and sources above its answer's title (twice).
#: Session 35: of the 192 of the twenty-third and twenty-fourth waves, 12 wrong: reports carried by a channel (a
#: mail's cover note, a chat) and video apps' transcripts with no title found (6), notes or a unit's name on the
#: line under a title joined to it (5), a 知乎 column's speech title below the author's bio (conventions and
#: channels; fixed: a submission system's fields and name above the title, a Q&A site's question over an answer).
#: Of the 96 of the twenty-fifth wave, 4 wrong: a line under the title joined to it (twice), a notes app's page title
#: above a speech's own, a 有道云笔记 share page's lines.
#: Session 36: the occasion bracketed under a title — （2026年1月7日在支部党员大会上）, （在2026年度组织生活会上）
#: — is no longer part of it (21 of the corpus's 28 such lines stand outside: 11 older titles fixed, 6 of
#: holdout30/35/38/72/95/101 now wrong); a draft's stage (第二稿) and a 范文 page's 本文目录 list above a title
#: are not its lines. Of the 128 of the twenty-sixth wave, 6 wrong unseen, 0 left. Of the 128 of the
#: twenty-seventh, 3 wrong unseen, 2 left (a converter's watermark joined to the unit's line below it; a cover
#: 函's 附件 line taken for the title of the report below it); fixed: a page's running header (and one in holdout150).
#: 62 of 3,431. Of the 64 of the twenty-eighth wave, 2 wrong unseen, 2 left (a bracketed （2026年度） under a
#: title, a template's ××县 line above one). 64 of 3,495. Of the 128 of the twenty-ninth wave, none wrong unseen;
#: fixed on the way: a cover 函's 附件 line, a converter's watermark joined to the unit's line. 61 of 3,623. Of the
#: 128 of the thirtieth wave, 5 wrong unseen, 3 left (a document library's headline over a slogan title, a speech's
#: two-line slogan title, a scan's three-line title); fixed: a title line as long as a scan's wrapped lines. 64 of 3,751.
#: Of the 128 of the thirty-first wave, 4 wrong unseen, all left (forum and column pages whose own title stands
#: above the report's). 68 of 3,879; 69 of 4,007 (session 38: a bracketed （2026年度） under a 述职报告's title,
#: which some sets read as the title's and some not); 69 of 4,135 after wave 33 (a chat answer's framing
#: above the title now stands aside: four more right, two new ones wrong); 75 of 4,263 after wave 34 (an online
#: document's file name above the report's title, six in holdout245); 72 once a name ending in its draft's stage
#: (主体责任报告-定稿, ……述职（终版）) stands aside, not a title's own (中共……报告（初稿））; 71 with 创建 · lines.
#: 73 of 4,391 after wave 35 (session 39): of its 128, four wrong unseen, two answered (附件：… over a wrapped title
#: runs into no line; a 修改意见 block above the title, a rule line under it), two left (a scan's title broken
#: before its last character under 附件2; a WeChat account's name above a 【交流发言】 post's title).
#: 75 of 4,519 after wave 36: of its 128, three wrong unseen, one answered (a ——subtitle wrapped onto the title's
#: line), two left (a self-check form's title over its header fields; （年度目标责任考核报送材料） read as a period note).
#: 83 of 4,647 after wave 37: of its 128, nine wrong unseen, one answered (a first line named with its draft's
#: stage and no title below it); left: seven 范文 pages whose own title the set does not count as the first piece's,
#: a Party school page's headline above a 心得's title.
#: 79 of 4,775 after wave 38 (session 40): a 范文 page's list of its pieces (篇一：…… 篇二：……) is a table of
#: contents, a piece's mark alone (篇1, 范例一) no title line, a 栏目： line chrome (four of holdout269 fixed);
#: of the wave's 128, one wrong unseen, answered (a portal's 公开形式： row joined to the title).
#: 84 of 4,903 after wave 39: of its 128, five wrong unseen, all left (a reviewer's memo above a draft's title, twice; a
#: one-line chat answer; a 修改稿 mark; a draft with no title line).
#: 84 of 5,031 after wave 40 (session 41): of its 128, one wrong unseen, answered (a running header right above a one-line
#: title, 中共……党组　内部资料　注意保存). 80 once a reviewer's memo above a draft is set aside down to a blank line
#: (front-matter.yaml review-memos: four of holdout287's).
#: 81 of 5,159 after wave 41: of its 128, one wrong unseen, left (a 述职评议表's head above the report's own title).
#: 81 of 5,287 after wave 42 (session 42): of its 128, one wrong unseen, answered (a 文库 copy's own title broken after
#: its year below the site's headline).
#: 83 of 5,415 after wave 43: of its 128, seven wrong unseen (all in 317, forum and blog pages over the report), five
#: answered (the front matter's forum and blog lines), two left (a 论坛 thread whose report is quoted in a reply; a post
#: whose intro sentence stands right above the title).
#: 92 of 5,543 after wave 44: of its 128, eleven wrong unseen (nine under a mail's or a chat's lines, two speeches), two
#: answered (a mail's 主题：/时间：/您好！ lines), the rest left; one of holdout179's and holdout42's found on the way.
#: 84 of 5,671 after wave 45 (session 43): its 128 two wrong unseen (a 报送说明 over the title; a scan's 2O25年 title broken
#: in two), both answered; seven of holdout327's under a mail's header (the title looked for below the mail's last header).
#: 83 of 5,799 after wave 46: of its 128, one wrong unseen (a 政府信息公开 page's headline hard-wrapped into the title's first
#: line), answered; 335/06's (under a 报送说明) answered with it.
#: 83 of 5,927 after wave 47 (session 44): of its 128, four wrong unseen (an appraisal system's name and fields over a
#: summary's title, two forms' 所属党组织：…党组 read as a title's first line, a slogan title over its occasion below a
#: 公众号's lines), all answered. 83 of 6,055 after wave 48: of its 128, two wrong unseen (a work group's link card [链接]
#: 关于报送……的通知 over a summary's title; a title's bracketed 数据统计截至2025年11月30日, a date line, joined to it), both answered.
#: 83 of 6,183 after wave 49 (session 45): of its 128, two wrong unseen (a hard-wrapped title's last words alone, 的报告; a
#: period note, （2025年度）, that the set's truth had left out — corrected to the corpus's reading), both answered. 82 of 6,311
#: after wave 50: of its 128, two wrong unseen (a table's caption, 表1　……完成情况, taken for the title; a 简报's re-titling
#: headline over a lecture's slogan and ——subtitle), both answered, and holdout173/15's (a video's chapter, 05:20 结语, read
#: as the first line of the title below it) with them. 85 of 6,439 after wave 51: of its 128, four wrong unseen — a scanner
#: app's 扫描全能王 创建 over a slogan title (answered); left: an AI tool's 大纲 (numbered lines) over the report, so that no
#: title is found; a compilation's cover line over its 目录 and reports; a mail's signature and an attachment separator over
#: the summary it carries. 85 of 7,079 after wave 56 (session 47: its seven wrong unseen answered — a 修改说明 block, version
#: lines, a meeting's notice above the title). 97 of 7,207 after wave 57: of its 128, nine wrong unseen and twelve after its
#: round, all left — nine of 431's online forms (the form's own name above, the title an answer below 第2题 *报告题目, and
#: three whose 第N题 lines became headings and end the search), 432/04 (a report on one line), 433/01 and 16 (a title
#: holding a Word field's prompt, 中共单击或点击此处输入文字。委员会…). 103 of 7,335 after wave 58: of its 128, twelve wrong
#: unseen (transcription tools' lines over a speech's title: five answered), six left — two search pages' result titles
#: over the report's, two transcripts' meeting lines, two Word TOC fields above the title. 105 of 7,463 after wave 59
#: (session 48): of its 128, three wrong unseen, one answered (an online form's step bar, ①基本信息 ——— ②述职内容, is
#: chrome); left: a spreadsheet's window title over the summary, a portal's metadata row repeating the title. 106 of
#: 7,591 after wave 60: of its 128, three wrong unseen, two answered (a reviewer's 审核意见 block above the title is a
#: memo); left: a scan's title broken over lines under an OCR tool's line. 107 of 7,719 after wave 61: of its 128, two
#: wrong unseen, one answered (a 收文处理单's fields above the title are a channel's lines); left: a post's title under a
#: repost chain. 110 of 7,847 after wave 62 (session 49): of its 128, seven wrong unseen, four answered (a meeting's
#: agenda above the report read at it; a forwarder's note over the report pasted below it, 我把正文复制贴在下面 /
#: 正文如下, is a cover note; a report is the one below the first mail header, not its copy quoted below); left: three
#: document-sharing pages whose own headline, worded apart from the report's title, is read as the title. 113 of 7,975
#: after wave 63: of its 128, four wrong unseen, one answered (a slide's line, 第1页 PPT（封面）, over a lesson's title is
#: page furniture); left: a news portal's headline over a report never titled again, two chat exports' heads and
#: messages above the report's title. 112 of 8,103 after wave 64: of its 128, three wrong unseen (a Q&A page's question and
#: answer above the report's title, twice; a form's field label with （必填） joined to the title), all answered, and one
#: of holdout431 (a form's export) with them. 119 of 8,231 after wave 65: of its 128, fourteen wrong unseen, seven answered
#: (a report a chat assistant wrapped in ```markdown; a score sheet, 【退回件】 and a unit's change note above the title are
#: memos, and the unit's name right below a memo is the title's first line); left: a news app's page headline and a post's
#: lines above (493 ×3), a village report's unit line (491 ×2), a memo around a mail and a change table (495 ×2). 119 of
#: 8,359 after wave 66 (session 51): of its 128, two wrong unseen (a learning platform's user line with [退出], and its
#: points toast, 本篇学习可获 2 积分, read as the title's first line), both answered (front-matter.yaml chrome). 120 of
#: 8,487 after wave 67: of its 128, ten wrong unseen, nine answered (a report cut out of a compilation: the title below
#: the tail of the report before it, and below the compilation's running header, ……报告汇编 · 第二册); left: a title
#: behind a transcription tool's speaker label (说话人1 [00:00:00]：在全市……上的讲话). 120 of 8,615 after wave 68
#: (session 52): of its 128, three wrong unseen (an AI writing tool's ✨ banner and a draft's 讲话稿汇总： line read as
#: the title's first line; ……学习会上的分享发言 taken for a share button), all answered. 120 of 8,743 after wave 69: of
#: its 128, one wrong unseen (a reader's ☑ 签名有效 line over the title), answered. 120 of 8,871 after wave 70
#: (session 53): of its 128, four wrong unseen (an online editor's 最近编辑 / 仅指定人可查看 lines and its 目录 panel
#: above the title), all answered. 126 of 8,999 after wave 71 (session 53): of its 128, eight wrong unseen, two
#: answered (已屏蔽 3 个广告 and a 简报's 本期要目： above the title); left: six reports pasted into an online form whose
#: line breaks were lost, the title run into the 正文：… line with the text. 126 of 9,127 after wave 72 (session 54):
#: of its 128, four wrong unseen (a deputy's post on the line above the title; an OCR tool's 图片1.jpg and 第1页识别结果,
#: and a news app's 打开……APP　阅读体验更佳 read as the title's first line), all answered. 126 of 9,255 after wave 73:
#: of its 128, one wrong unseen (an online preview's 批注 (1) pane over the title), answered. 126 of 9,383 after wave 74:
#: of its 128, none wrong unseen. 131 of 9,511 after wave 75: of its 128, seven wrong unseen (a search engine's results
#: page over the report: a result's title or the query read as the title), two answered (the count and a result's
#: address are chrome); left five. 128 of 9,639 after wave 76: of its 128, three wrong unseen (a paid column's
#: 关注作者　+关注 and its 频道 line read as the title's first line; a converter's Evaluation Warning over a title found
#: no title), all answered; passing over such a line found a title (wrong) where there was none in ten older
#: documents, and the right one in three. 128 of 9,767 after wave 77: of its 128, one wrong unseen (a sender's 第1条
#: over the title), answered. 129 of 10,023 after waves 78–79 (session 56): of their 256, seven wrong unseen — a portal's
#: field values under their labels (发布机构 / 澜山县教育局, 索引号 / HY-ZWFW-…) and an office app's fields (标题：……报告审批,
#: 日志类型：……) read as the title, answered; a periodical's running header over the title, answered where it is the
#: header alone (甘棠县人民政府公报　2026年第3期 / ·领导讲话·); two left in holdout605: a column's 【党课讲堂】 above a 导读
#: paragraph and the title (the title search stops at the paragraph), and a unit's name under an editor's note wrapped
#: over two lines, not joined to the title below it. 129 of 10,151 after wave 80 (session 57): of its 128, five wrong unseen
#: — a bracketed range under the title (（2026年1月1日至12月20日）), a note's front matter and to-dos around it, a 批示 above
#: it, the unit's name atop every scanned page, answered (and holdout132's page header over its title with them); left:
#: 613/15, a slogan title under a chat bot's preface (好的，以下是为您撰写的交流发言稿：) — answered after all (front-matter's
#: answer-prefaces). 128 of 10,279 after wave 81: three of its 128 wrong unseen, forms titled ……考核登记表, answered. 128
#: of 10,407 after wave 82: one of its 128 wrong unseen, a re-post's 原标题：…… taken for the title, answered. 128 of
#: 10,535 after wave 83 (session 58): of its 128, six wrong unseen — a panel's 回到顶部 and an OA page's tabs (正文　附件　流程)
#: read as the title's first line, answered; three truths that left the unit's name above 关于……的报告 out, corrected.
#: 131 of 10,663 after wave 84: three of its 128 wrong unseen and left — a blog post's headline above the report taken
#: for its title (holdout645/03, 05, 14). 131 of 10,791 after wave 85 (session 59): three of its 128 wrong unseen, all in
#: holdout653 (an online editor's 等 3 人正在协作 and 查看历史版本 read as the title's first line, and its outline pane in
#: one line, 大纲：一、……  二、……, taken for the body's first heading), answered. 131 of 10,919 after wave 86: none of its
#: 128 wrong unseen.
TITLES_WRONG = 131


def test_titles_are_found_where_the_truth_files_place_them():
    from linter import sources
    from linter.engine import build_document

    evaluate = _load("evaluate")
    wrong = []
    for corpus in sorted((ROOT / "tests").glob("corpus*")):
        for truth_path in evaluate.truth_files(corpus):
            doc_path = evaluate.document_for(truth_path)
            if doc_path is None or doc_path.suffix == ".docx":
                continue
            truth = evaluate.load_truth(truth_path)
            doc = build_document(sources.load(str(doc_path)))
            title = doc.title
            got = None if title is None else [doc.source.position(title.start)[0],
                                               doc.source.position(max(title.start, title.end - 1))[0]]
            if got != [truth["title_lines"][0], truth["title_lines"][-1]]:
                wrong.append((doc_path.name, truth["title_lines"], got))
    assert len(wrong) <= TITLES_WRONG, wrong
