using System;
using System.Buffers.Binary;

namespace TrainingLauncher;

/// <summary>
/// The "training" of the sample: fit y = w·x + b to noisy samples of y = 3x + 2 by mini-batch SGD. Batches are a
/// pure function of (seed, step), so a run resumed from a checkpoint ends exactly where an uninterrupted run ends.
/// </summary>
public sealed class RegressionModel
{
    private const int BatchSize = 64;
    private const double LearningRate = 0.05;

    public RegressionModel(double weight, double bias)
    {
        Weight = weight;
        Bias = bias;
    }

    public double Weight { get; private set; }

    public double Bias { get; private set; }

    public static RegressionModel FromState(ReadOnlySpan<byte> state)
        => new(BinaryPrimitives.ReadDoubleLittleEndian(state), BinaryPrimitives.ReadDoubleLittleEndian(state[8..]));

    public byte[] ToState()
    {
        var state = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(state, Weight);
        BinaryPrimitives.WriteDoubleLittleEndian(state.AsSpan(8), Bias);
        return state;
    }

    /// <summary>One SGD step on the batch of <paramref name="step"/>; returns the batch's mean squared error.</summary>
    public double Train(int seed, long step)
    {
        var random = new Random(unchecked(seed * 100_003 + (int)step));
        double gradW = 0, gradB = 0, loss = 0;
        for (int i = 0; i < BatchSize; i++)
        {
            double x = random.NextDouble() * 2 - 1;
            double y = 3 * x + 2 + (random.NextDouble() - 0.5) * 0.1;
            double error = Weight * x + Bias - y;
            gradW += error * x;
            gradB += error;
            loss += error * error;
        }

        Weight -= LearningRate * 2 * gradW / BatchSize;
        Bias -= LearningRate * 2 * gradB / BatchSize;
        return loss / BatchSize;
    }
}
