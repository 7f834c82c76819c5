"""The reference pipelines of ../shared/data/README.md, run on the rows Deskmate's eval used.

Reads the rows from the output of `npm run eval` on a train file: with `--folds K`, the fold of every row (the
reference pipeline is cross-validated on the same folds); without `--test`, the rows of the 80/20 split's test side
(it is trained on the other rows). Both figures then come from the same rows:

  npm run --silent eval -- tickets --field queue --train ../shared/data/tickets_dev.csv --folds 5 > queue.jsonl
  python3 worker/scripts/reference-pipeline.py tickets queue ../shared/data/tickets_dev.csv queue.jsonl

  npm run --silent eval -- sentiment --train ../shared/data/airline_sentiment_dev.csv --folds 5 > sentiment.jsonl
  python3 worker/scripts/reference-pipeline.py sentiment label ../shared/data/airline_sentiment_dev.csv sentiment.jsonl

Tickets: TF-IDF word 1-2-grams + char_wb 2-5-grams (sublinear tf) with LinearSVC; sentiment: TF-IDF with
LogisticRegression. Needs scikit-learn (Debian: python3-sklearn); it is a measuring tool, not part of the product.
Prints one JSON object per fold (the split is fold 0) and the summary last, like the eval.
"""

import csv
import json
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import make_union
from sklearn.svm import LinearSVC


def main(task, field, train_file, eval_file):
    with open(train_file, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if task == "tickets":
        texts = ["\n".join(part for part in (row["subject"], row["body"]) if part.strip()) for row in rows]
    else:
        texts = [row["text"] for row in rows]
    labels = np.array([row[field] for row in rows])
    texts = np.array(texts, dtype=object)

    with open(eval_file, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    summary = records[-1] if records else {}
    fold_of = np.full(len(rows), -1)
    if "folds" in summary:
        for record in records:
            if "row" in record and "fold" in record:
                fold_of[record["row"]] = record["fold"]
        if (fold_of < 0).any():
            sys.exit(f"{eval_file} does not assign a fold to every row of {train_file}")
    elif summary.get("split") is True:
        fold_of[:] = 1
        for record in records:
            if "row" in record:
                fold_of[record["row"]] = 0
    else:
        sys.exit(f"{eval_file} is not the output of a cross-validation or split eval of {train_file}")

    accuracies, f1s = [], []
    for fold in range(1 if summary.get("split") is True else fold_of.max() + 1):
        train, test = fold_of != fold, fold_of == fold
        if task == "tickets":
            vectorizer = make_union(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            )
            classifier = LinearSVC()
        else:
            vectorizer = TfidfVectorizer()
            classifier = LogisticRegression(max_iter=1000)
        classifier.fit(vectorizer.fit_transform(texts[train]), labels[train])
        predicted = classifier.predict(vectorizer.transform(texts[test]))
        accuracies.append(accuracy_score(labels[test], predicted))
        f1s.append(f1_score(labels[test], predicted, average="macro"))
        print(json.dumps({"fold": fold, "n": int(test.sum()), "accuracy": round(accuracies[-1], 4),
                          "macroF1": round(f1s[-1], 4)}))
    print(json.dumps({"task": task, "field": field, "pipeline": "reference", "n": int((fold_of >= 0).sum()) if "folds" in summary else int((fold_of == 0).sum()),
                      "accuracy": round(float(np.mean(accuracies)), 4), "macroF1": round(float(np.mean(f1s)), 4),
                      **({"split": True} if summary.get("split") is True else {"folds": len(accuracies)})}))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
