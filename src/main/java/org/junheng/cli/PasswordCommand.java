package org.junheng.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junheng.security.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sets an account's password from the server's own machine — the way back in when the last system
 * administrator's password is forgotten or the account was disabled: the operator who can open the
 * database needs no one's password. The account is enabled again, and the change is on the audit trail.
 */
@Command(name = "password", description = {"重设账号密码并启用该账号（例如遗忘的系统管理员密码）；新密码从标准输入或 --password-file 读取。",
        "Sets a new password for an account and enables it (a forgotten administrator password, say); the new "
                + "password is read from standard input or --password-file."})
class PasswordCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    JunhengCommand junheng;

    @Option(names = "--user", required = true, description = "the account, e.g. admin")
    String username;

    @Option(names = "--password-file", description = "a file whose first line is the new password (default: standard input)")
    Path passwordFile;

    @CommandLine.Mixin
    DatabaseProperties properties;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Database.checkProperties(spec.commandLine(), properties.values);
        String password = newPassword();
        if (password == null || password.isEmpty()) {
            err.println("没有读到新密码 / no new password was given (standard input or --password-file)");
            return JunhengCommand.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = Database.open(junheng, properties.values)) {
            UserAccounts accounts = context.getBean(UserAccounts.class);
            if (!accounts.exists(username)) {
                err.println("没有账号 " + username + " / no account " + username);
                return JunhengCommand.BAD_INPUT;
            }
            accounts.resetPassword(username, password);
            accounts.setEnabled(username, true);
            out.println(username + ": 密码已重设，账号已启用 / password set, account enabled");
            return 0;
        } catch (UserAccounts.AccountRejected e) {
            err.println("密码不符合要求 / the password is refused: " + e.getMessage());
            return JunhengCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            if (Database.isLocked(e)) {
                err.println("数据库正被运行中的服务器使用：请先停止服务器 / the database is in use by a running server: "
                        + "stop it first");
                return JunhengCommand.BAD_INPUT;
            }
            throw e;
        }
    }

    private String newPassword() throws IOException {
        if (passwordFile != null) {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? null : lines.get(0);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
