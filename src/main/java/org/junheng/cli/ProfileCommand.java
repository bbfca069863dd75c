package org.junheng.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junheng.assessment.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "profile", description = {"查看省级评估方案的每一项数值及其来源。",
        "Shows every number of a provincial profile and where it comes from."},
        subcommands = ProfileCommand.Show.class)
class ProfileCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", description = {"列出方案的每一项数值及设定它的方案。", "Lists every value of a profile with the profile that set it."})
    static class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME|FILE", defaultValue = "national", description = "a built-in profile or a YAML/JSON file")
        String profile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Profile shown = ProfileFiles.load(profile, spec.commandLine().getErr());
            if (shown == null) {
                return JunhengCommand.BAD_INPUT;
            }
            out.println("# " + shown.name() + (shown.description() == null ? "" : " — " + shown.description()));
            for (Map.Entry<String, Profile.Setting> setting : shown.settings().entrySet()) {
                out.printf("%-55s %-10s %s%n", setting.getKey(), setting.getValue().value().toPlainString(),
                        setting.getValue().source());
            }
            return 0;
        }
    }
}
