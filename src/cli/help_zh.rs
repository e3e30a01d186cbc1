//! `--help` in Chinese. clap's texts come from doc comments, in English;
//! under a Chinese locale (or `--lang zh-Hans`) the parser is rebuilt with
//! these before it reads the command line. clap's own error messages
//! ("unexpected argument …") cannot be translated and stay in English.

use clap::{Arg, ArgAction, Command};

/// What each command does, by name ("" is `ready` itself).
fn about(command: &str) -> Option<&'static str> {
    Some(match command {
        "" => "应急准备终端指南：37 条安全要点，中英双语。",
        "list" => "列出各类别及其要点",
        "show" => "以文本显示一个要点，例如 `ready show cpr-aed`",
        "search" => "用中文或英文查找要点，最相关的排在前面",
        "check" => "检查内容集；每个问题以 文件:行:列 列出",
        "export" => "把整本指南（或一份清单）导出为 Markdown、HTML 或 JSON",
        "quiz" => "自测：综合测验，或某一类别、某一要点的题目",
        "kiosk" => "作为无人值守的公共查询机运行：触屏操作、锁定、每位访客离开后清空",
        "stats" => "汇总查询机统计文件：访问次数、得分、最常答错的题",
        "drill" => "情景演练：在一个简短的紧急场景中选择下一步怎么做",
        "completions" => "输出 bash、zsh、fish、elvish 或 powershell 的补全脚本",
        "man" => "输出手册页（roff），例如 `ready man | man -l -`",
        "checklist" => "打开一份清单（supplies、family-plan、home-safety）并勾选",
        "due" => "列出需要检查或更换的物品；有到期项时退出码为 1",
        _ => return None,
    })
}

/// What each argument means, by command and argument id.
fn arg(command: &str, id: &str) -> Option<&'static str> {
    Some(match (command, id) {
        (_, "lang") => "语言：en 或 zh-Hans（也可用 zh、zh-CN、zh-TW）。默认取自 LANG",
        (_, "content") => "从 DIR 读取另一套内容，代替内置指南",
        (_, "data_dir") => "进度保存的位置。默认：用户的数据目录",
        (_, "seed") => "用这个种子打乱题目，便于完全重现一次测验",
        (_, "theme") => "配色：default、high-contrast、mono 或 console。设置 NO_COLOR 时为 mono",
        (_, "speak") => "通过 CMD 朗读获得焦点的内容，例如 \"espeak-ng -v zh\"（每句一行，写入其标准输入）",
        (_, "help") => "显示帮助",
        (_, "version") => "显示版本",
        // Hidden from help; for tests.
        (_, "today") => "把这一天（YYYY-MM-DD）当作今天，用于到期日期；供测试使用",
        ("list" | "stats" | "due", "json") => "输出 JSON，而不是文本",
        ("show", "id") => "要点的编号（见 `ready list`）",
        ("drill", "id") => "演练的编号（见 `ready list`）",
        ("checklist", "id") => "清单的编号",
        ("search", "query") => "要查找的内容，例如 `地震` 或 `earthquake`",
        ("check", "dir") => "要检查的内容集。默认：--content 指定的，或内置指南",
        ("export", "format") => "格式：md、html 或 json",
        ("export", "output") => "写入 FILE，而不是标准输出",
        ("export", "checklist") => "改为导出一份清单（仅 Markdown），例如 `supplies`",
        ("export", "plan") => "把你的家庭应急计划详情导出为一页可打印的文档（md 或 html）",
        ("export" | "checklist", "household") => "家庭人数，用于换算物资数量",
        ("quiz" | "checklist" | "drill", "plain") => "在标准输入输出上使用带编号的纯文本行，便于读屏软件和脚本",
        ("quiz", "category") => "只做这个类别的题（risks、prevent、respond、prepare）",
        ("quiz", "point") => "只做这个要点的题，例如 `cpr-aed`",
        ("quiz", "mistakes") => "重做上次答错的题",
        ("quiz", "count") => "题目数量（综合测验默认 10 题，其他默认全部）",
        ("kiosk", "config") => "查询机设置文件（TOML），见 deploy/kiosk.toml",
        ("kiosk", "idle") => "无按键、点击或触摸多少秒后询问“还在吗？”",
        ("kiosk", "stats") => "把匿名统计（JSON Lines）追加到 FILE",
        ("kiosk", "check") => "检查设置和内容，列出所有问题后退出",
        ("kiosk", "hash_pin") => "从标准输入读取管理员 PIN，输出写入设置用的哈希",
        ("stats", "files") => "一个或多个统计文件（JSON Lines），例如每台查询机一个",
        ("completions", "shell") => "哪种 shell",
        ("due", "days") => "把今后 N 天内到期的也列出来",
        ("due", "ics") => "另写一个日历文件（.ics）到 FILE",
        _ => return None,
    })
}

const TEMPLATE: &str = "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";

/// The parser with Chinese help; `name` is the subcommand's ("" at the top).
pub fn localize(command: Command, name: &str) -> Command {
    let mut command = command
        .help_template(TEMPLATE)
        .subcommand_help_heading("命令")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(name.is_empty()),
        );
    if name.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    }
    if let Some(text) = about(name) {
        command = command.about(text).long_about(None::<&str>);
    }
    let ids: Vec<(String, bool)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let heading = if positional { "参数" } else { "选项" };
        let text = arg(name, &id);
        // The Chinese text of `theme` names its values; clap's list of them
        // would add English descriptions.
        let hide_values = id == "theme";
        command = command.mut_arg(id.as_str(), |a| {
            let a = a.help_heading(heading).hide_possible_values(hide_values);
            match text {
                Some(text) => a.help(text).long_help(None::<&str>),
                None => a,
            }
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for sub in names {
        command = command.mut_subcommand(sub.as_str(), |c| localize(c, &sub));
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// A new command or option must come with its Chinese help.
    #[test]
    fn every_command_and_argument_has_chinese_help() {
        let top = super::super::Cli::command();
        let mut missing = Vec::new();
        let mut visit = |c: &Command, name: &str| {
            if about(name).is_none() {
                missing.push(format!("command `{name}`"));
            }
            for a in c.get_arguments() {
                if arg(name, a.get_id().as_str()).is_none() {
                    missing.push(format!("`{name}` argument `{}`", a.get_id()));
                }
            }
        };
        visit(&top, "");
        for sub in top.get_subcommands() {
            visit(sub, sub.get_name());
        }
        assert!(missing.is_empty(), "no Chinese help for: {missing:?}");
    }
}
