using Spectre.Console;

namespace Ledger.Cli.Hosting;

/// <summary>Shows how far a file has been read, on a terminal only: redirected output stays clean.</summary>
internal static class ProgressBar
{
    public static T Over<T>(CliContext context, string label, ProgressStream stream, Func<T> work)
    {
        if (!context.IsTerminal)
        {
            return work();
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(label), maxValue: Math.Max(1, stream.Length));
                using var timer = new Timer(_ => task.Value = stream.FurthestBytes, null, 100, 100);
                result = work();
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Shows how many of <paramref name="total"/> steps (pages, say) are done; the work calls the action once per step.</summary>
    public static T Counting<T>(CliContext context, string label, int total, Func<Action, T> work)
    {
        if (!context.IsTerminal)
        {
            return work(() => { });
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total));
                result = work(() => task.Increment(1));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
