using Spectre.Console;

namespace Ledger.Cli.Hosting;

/// <summary>Shows how far long work has come, on a terminal only: redirected output stays clean.</summary>
internal static class ProgressBar
{
    /// <summary>Shows how far <paramref name="stream"/> has been read while <paramref name="work"/> reads it.</summary>
    public static T Over<T>(CliContext context, string label, ProgressStream stream, Func<T> work) =>
        !context.IsTerminal ? work() : Show(label, stream.Length, task =>
        {
            using var timer = new Timer(_ => task.Value = stream.FurthestBytes, null, 100, 100);
            return work();
        });

    /// <summary>Shows how many of <paramref name="total"/> steps (pages, say) are done; the work calls the action once per step.</summary>
    public static T Counting<T>(CliContext context, string label, int total, Func<Action, T> work) =>
        !context.IsTerminal ? work(() => { }) : Show(label, total, task => work(() => task.Increment(1)));

    private static T Show<T>(string label, long total, Func<ProgressTask, T> work)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total));
                result = work(task);
                task.Value = task.MaxValue;
            });
        return result;
    }
}
