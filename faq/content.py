# ruff: noqa: E501  (answers are prose: one paragraph or list item a line, as editors see them)
"""The clinic's initial FAQ: eleven answers, copied faithfully from the clinic's FAQ text.

This module is the only source of the initial content at run and test time. `ensure_initial_articles`
(faq/services.py) creates any of these articles that does not exist yet and never touches one that
does, so editors own the text from the moment it is loaded.

The keys are a contract: the intake screening links to articles by key (`faq.links.article_url`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InitialTopic:
    slug: str
    name: str
    description: str
    position: int


@dataclass(frozen=True)
class InitialArticle:
    key: str
    topic: str  # InitialTopic.slug
    question: str
    summary: str
    body: str  # Markdown

    @property
    def slug(self) -> str:
        return self.key


ABOUT = "about-the-treatment"
SESSIONS = "your-sessions"
SAFETY = "safety"

TOPICS = (
    InitialTopic(
        ABOUT,
        "About the treatment",
        "What ketamine infusion therapy is, what it treats and how it can help.",
        10,
    ),
    InitialTopic(
        SESSIONS,
        "Your infusion sessions",
        "How long sessions take, how many you may need and what they feel like.",
        20,
    ),
    InitialTopic(
        SAFETY,
        "Safety, medicines and pregnancy",
        "Side effects, medicines that interact with ketamine, and pregnancy and breastfeeding.",
        30,
    ),
)

ARTICLES = (
    InitialArticle(
        key="what-is-ketamine-infusion-therapy",
        topic=ABOUT,
        question="What is ketamine infusion therapy, and how does it work?",
        summary="Ketamine is given slowly through an IV line in a medical setting, at a dose set for you. It acts on the brain’s NMDA receptors, may help the brain form new connections, and often works within minutes to hours.",
        body="""\
1. **Administration:** Ketamine is administered through an IV line, which allows for precise control over the dosage and rate of infusion. This is typically done in a medical setting, such as a clinic or hospital, under the supervision of trained healthcare professionals.
2. **Dosage and Duration:** The dosage and duration of the infusion depend on the specific condition being treated and the patient’s individual response to ketamine. The healthcare provider will determine the appropriate dosage based on factors like body weight, medical history, and the severity of the condition.
3. **NMDA Receptor Modulation:** Ketamine is known to act on the brain’s NMDA (N-methyl-D-aspartate) receptors. It blocks these receptors and, at higher doses, leads to a dissociative state, where the patient may feel disconnected from their body or reality. This property of ketamine is believed to be a key mechanism in its therapeutic effects.
4. **Neuroplasticity and Brain Connectivity:** Ketamine has been shown to induce changes in the brain that may promote neuroplasticity, the brain’s ability to form new neural connections. These changes could be important in the treatment of mood disorders and chronic pain conditions.
5. **Rapid Onset:** One of the significant advantages of ketamine infusion therapy is its relatively rapid onset of action. Patients often experience effects within minutes to hours after the infusion, compared to traditional antidepressant medications that may take weeks to show noticeable effects.
6. **Psychiatric Conditions:** Ketamine infusion therapy has been found to be effective in treating certain psychiatric conditions, particularly treatment-resistant depression, bipolar depression, post-traumatic stress disorder (PTSD), and some anxiety disorders.
7. **Chronic Pain Management:** Ketamine infusions have also been used in the management of chronic pain conditions, such as complex regional pain syndrome (CRPS), neuropathic pain, and fibromyalgia.
8. **Treatment Schedule:** The treatment schedule varies depending on the condition being treated and the patient’s response. In some cases, a series of initial infusions may be recommended, followed by maintenance infusions at regular intervals to sustain the therapeutic effects.
""",
    ),
    InitialArticle(
        key="conditions-treated",
        topic=ABOUT,
        question="Which conditions can ketamine infusion therapy treat?",
        summary="It has been studied for treatment-resistant depression, PTSD, anxiety disorders, adjustment disorder and suicidal thoughts.",
        body="""\
1. **Treatment-Resistant Depression (TRD):** Ketamine infusion therapy has demonstrated rapid and significant antidepressant effects in individuals with treatment-resistant depression, which is depression that has not responded to standard antidepressant medications.
2. **Post-Traumatic Stress Disorder (PTSD):** Ketamine has been studied as a treatment option for individuals with PTSD, helping to reduce the severity of symptoms and improve overall well-being.
3. **Anxiety Disorders:** Some studies have explored the use of ketamine infusions for various anxiety disorders, such as generalized anxiety disorder (GAD) and social anxiety disorder, with encouraging results.
4. **Adjustment Disorder:** A few small-scale studies and case reports have reported positive outcomes with ketamine in alleviating symptoms of Adjustment Disorder. For instance, a case report published in the Journal of Clinical Psychiatry in 2018 described the successful use of ketamine in treating a patient with Adjustment Disorder with depressed mood. The patient experienced rapid relief from depressive symptoms and showed significant improvement during the follow-up period.
5. **Suicidal Ideation:** Ketamine has been investigated for its potential to rapidly reduce suicidal thoughts and ideation, providing a temporary reprieve and a window for further therapeutic interventions.
""",
    ),
    InitialArticle(
        key="benefits",
        topic=ABOUT,
        question="What are the benefits of ketamine infusion therapy?",
        summary="Relief that often comes within hours to days rather than weeks, including for depression that has not responded to other medicines, and a rapid reduction in suicidal thoughts.",
        body="""\
1. **Rapid Relief from Depression:** Ketamine has demonstrated rapid and robust antidepressant effects, often providing relief from depressive symptoms within hours to days, compared to the weeks or months required for conventional antidepressant medications to take effect.
2. **Treatment of Treatment-Resistant Depression:** Ketamine has shown promise in treating individuals with treatment-resistant depression, who have not responded well to standard antidepressant medications.
3. **Reduction of Suicidal Ideation:** Ketamine has been investigated for its potential to rapidly reduce suicidal thoughts and ideation, offering a temporary reprieve and potentially saving lives.
4. **Management of Post-Traumatic Stress Disorder (PTSD):** Ketamine has been studied as a treatment option for individuals with PTSD, showing promise in reducing the severity of symptoms.
5. **Anxiety Reduction:** Some studies have explored the use of ketamine infusions for various anxiety disorders, such as generalized anxiety disorder (GAD) and social anxiety disorder, with encouraging results.
6. **Rapid Onset of Action:** Ketamine’s effects can be felt within minutes to hours after administration, making it valuable in cases where immediate relief is needed.
7. **Potential for Neuroplasticity:** Ketamine may induce changes in the brain that promote neuroplasticity, potentially facilitating long-term improvements in mood and cognition.
""",
    ),
    InitialArticle(
        key="risks-and-side-effects",
        topic=SAFETY,
        question="Are there risks or side effects?",
        summary="Yes. They include feeling detached, changes in blood pressure and heart rate, nausea, headache, dizziness and short-term effects on memory; rarer risks include breathing problems, allergic reactions, bladder problems and misuse.",
        body="""\
Yes, ketamine infusion therapy, like any medical treatment, carries potential risks and side effects. It’s essential to be aware of these before considering ketamine infusion as a treatment option. Some of the potential risks and side effects of ketamine infusions include:

1. **Psychological Effects:** Ketamine is known for its dissociative properties, which can lead to feelings of detachment from one’s body or reality. While some individuals may find these experiences interesting or even beneficial, others may find them uncomfortable or distressing.
2. **Blood Pressure and Heart Rate Changes:** Ketamine can cause changes in blood pressure and heart rate, leading to fluctuations in cardiovascular function. People with pre-existing cardiovascular conditions may be at higher risk.
3. **Respiratory Depression:** Ketamine can depress the respiratory system at higher doses, potentially leading to breathing difficulties, especially if administered too rapidly or in excessive amounts.
4. **Potential for Dependency or Abuse:** Ketamine has the potential for abuse, especially when used outside of medical settings or in higher-than-prescribed doses. Individuals with a history of substance abuse may be at higher risk.
5. **Nausea and Vomiting:** Some people may experience nausea and vomiting during or after the infusion.
6. **Headache:** Headaches are among the common side effects reported after ketamine infusions.
7. **Dizziness or Disorientation:** Ketamine can cause dizziness or disorientation, particularly during the administration and recovery period.
8. **Bladder Problems:** Prolonged or heavy use of ketamine has been associated with bladder problems, such as cystitis or urinary tract issues.
9. **Potential for Allergic Reactions:** In rare cases, some individuals may experience allergic reactions to ketamine, which can be severe and require immediate medical attention.
10. **Cognitive Impairment:** Ketamine can temporarily affect memory and cognitive function.
11. **Interactions with Other Medications:** Ketamine may interact with other medications a person is taking, potentially leading to adverse effects.
""",
    ),
    InitialArticle(
        key="session-length",
        topic=SESSIONS,
        question="How long does an infusion session take?",
        summary="The infusion itself usually takes about 40 minutes to an hour. Afterwards you are observed for a while, typically less than an hour.",
        body="""\
For the treatment of depression and other psychiatric conditions, a single ketamine infusion session usually takes around 40 minutes to an hour. The infusion is administered slowly to minimize side effects, and the patient is closely monitored during and after the infusion. The healthcare provider will determine the appropriate infusion duration based on the individual’s needs and response to treatment.

During the infusion, patients are usually seated in a comfortable, reclining chair. Vital signs such as blood pressure, heart rate, and oxygen saturation are monitored intermittently throughout the session.

After the infusion is complete, patients are typically kept under observation for a period to ensure there are no immediate adverse effects. The length of this observation period may vary among patients, but is typically less than an hour.

It’s important to note that the number of infusion sessions required for an individual’s treatment plan can also vary. Some conditions may require a series of several infusions over a designated period, while others may require ongoing maintenance infusions to sustain the therapeutic effects.

As with any medical treatment, the duration and specifics of ketamine infusion therapy should be discussed and determined in consultation with a qualified healthcare provider or ketamine clinic based on the patient’s unique medical history and treatment needs.
""",
    ),
    InitialArticle(
        key="number-of-sessions",
        topic=SESSIONS,
        question="How many sessions will I need, and how often?",
        summary="It varies from person to person. A first course is often four to six or more infusions, usually once a week over a few weeks, sometimes followed by maintenance infusions every few weeks to every few months.",
        body="""\
The number of ketamine infusion sessions required and their frequency can vary based on the specific medical condition being treated, the individual’s response to ketamine, and the treatment plan recommended by the healthcare provider. There is no one-size-fits-all answer, as each patient’s treatment needs are unique.

For the treatment of depression and other psychiatric conditions, a common initial protocol might involve a series of several ketamine infusion sessions over the course of a few weeks. Typically, patients may receive infusions once a week during this initial phase. The number of sessions can range from four to six or more, depending on the individual’s response and the severity of the condition.

After the initial series of infusions, some patients may require maintenance infusions to sustain the therapeutic effects. Maintenance infusions may be scheduled less frequently, typically ranging from once every few weeks to once every few months. The exact schedule will be determined based on the patient’s ongoing needs and response to treatment.

It’s essential to remember that ketamine infusion therapy is a medical treatment that should be conducted under the supervision of trained healthcare professionals. The treatment plan and schedule will be tailored to each patient’s unique situation and will be continually assessed and adjusted based on their response to ketamine and any changes in their medical condition.

During the initial consultation with a healthcare provider or ketamine clinic, they will conduct a thorough evaluation of the patient’s medical history, current condition, and treatment goals. Based on this assessment, they will recommend a personalized treatment plan, including the number of infusion sessions and their frequency.

It’s essential for patients to communicate openly with their healthcare provider throughout the treatment process, reporting any changes in symptoms or side effects, to ensure the best possible outcome from ketamine infusion therapy.
""",
    ),
    InitialArticle(
        key="what-it-feels-like",
        topic=SESSIONS,
        question="What does an infusion feel like, during and afterwards?",
        summary="During the infusion many people feel detached, floating or deeply relaxed. Afterwards you may feel relaxed, clear-headed, tired or a little sick, so you should not drive or operate heavy machinery.",
        body="""\
The experience of a ketamine infusion can vary from person to person, but there are some common effects that patients may typically experience during and after the infusion. It’s important to remember that individual responses can differ based on factors such as dosage, medical condition, and personal sensitivity to the medication.

## During the Ketamine Infusion

1. **Sensations of Dissociation:** Ketamine is known for its dissociative properties, which may lead to feelings of detachment from one’s body or surroundings. Some patients may experience altered perceptions of time, space, or self.
2. **Floating Sensation:** Some individuals describe a sensation of “floating” or feeling weightless during the infusion.
3. **Mild Visual and Auditory Hallucinations:** At higher doses, some patients may experience mild visual or auditory hallucinations, which are typically short-lived and not distressing.
4. **Deep Relaxation:** Many patients experience a profound sense of relaxation during the infusion.
5. **Changes in Thought Patterns:** Ketamine may lead to changes in thought patterns, and some patients may have insights or new perspectives on their emotions or life experiences.
6. **Emotional Release:** Some patients may experience the release of emotions or have a cathartic experience during the infusion.

## After the Ketamine Infusion

1. **Continued Relaxation:** The feeling of relaxation may persist after the infusion is completed.
2. **Improved Mood:** For individuals receiving ketamine infusion for depression or other mood disorders, there may be an improvement in mood that lasts for several days to weeks following the infusion.
3. **Clarity of Mind:** Some patients report enhanced mental clarity and reduced “brain fog” after the infusion.
4. **Fatigue or Drowsiness:** Ketamine can cause drowsiness or fatigue, and patients may feel sleepy or have reduced energy levels after the session.
5. **Nausea:** While not experienced by everyone, some individuals may experience mild nausea or gastrointestinal discomfort during or after the infusion.
6. **Integration Period:** Some patients may need time to process their experiences during the infusion and may benefit from having a supportive environment during this integration phase.

It’s important to note that ketamine infusion therapy is conducted in a controlled medical setting, and patients are closely monitored during the procedure. Healthcare providers aim to create a safe and supportive environment to manage any potential adverse effects and ensure a positive treatment experience.

After the infusion, patients may be advised to avoid driving or operating heavy machinery for a certain period due to potential lingering effects of ketamine. Patients should follow their healthcare provider’s instructions and any post-infusion guidelines provided.

As with any medical treatment, individual responses can vary, and patients should communicate openly with their healthcare provider about their experiences and any concerns they may have.
""",
    ),
    InitialArticle(
        key="sedation",
        topic=SESSIONS,
        question="Will I be sedated during the infusion?",
        summary="No. Ketamine is given at doses below those used for anaesthesia, so you stay conscious and able to respond, although you may feel dreamlike or detached from your body. Staff monitor you throughout.",
        body="""\
During ketamine infusion therapy, you may experience a state of dissociation and altered consciousness, but it is not the same as being fully sedated. Ketamine is known for its dissociative properties, which means it can lead to feelings of detachment from your body or reality, creating a dream-like or “out-of-body” experience. This dissociation is often characterized by a sense of floating, time distortion, and altered perceptions.

While ketamine can induce this dissociative state, it is generally administered at subanesthetic doses during infusion therapy. This means that you will be conscious and aware of your surroundings, and you should be able to respond to instructions or questions from healthcare providers during the treatment.

The dose of ketamine used in infusion therapy is carefully controlled to achieve the desired therapeutic effects without causing a full loss of consciousness or sedation. The goal is to provide relief from symptoms without putting the patient at risk of significant adverse effects.

Even though you won’t be fully sedated, the altered consciousness experienced during ketamine infusion can be quite profound for some individuals. To ensure your safety and comfort, the infusion will be administered in a controlled medical setting with healthcare professionals closely monitoring your vital signs and response to the treatment.

It’s important to discuss any concerns or questions you have about the infusion process with your healthcare provider before starting ketamine infusion therapy. They can provide you with more information about what to expect during the treatment and address any specific concerns you may have.
""",
    ),
    InitialArticle(
        key="medication-interactions",
        topic=SAFETY,
        question="Which medications can interact with ketamine?",
        summary="Tell your healthcare provider about every medicine and supplement you take. MAOIs, benzodiazepines, opioids and other NMDA receptor antagonists can interact with ketamine. Never stop or change a medicine without advice.",
        body="""\
Before undergoing ketamine infusion therapy, it’s crucial to inform your healthcare provider about all the medications you are currently taking. This includes prescription medications, over-the-counter drugs, herbal supplements, and any other substances you are using. Your healthcare provider needs to be aware of your complete medication regimen to ensure your safety during the ketamine infusion and to avoid potential interactions.

Certain medications may interact with ketamine and can affect its efficacy or increase the risk of side effects. In some cases, adjustments to your current medications may be necessary before starting ketamine infusion therapy. However, this decision should be made by your healthcare provider based on your individual medical history and the specific medications you are taking.

Here are some examples of medications that may potentially interact with ketamine:

1. **Monoamine Oxidase Inhibitors (MAOIs):** MAOIs are another class of antidepressant medications, and combining them with ketamine can lead to adverse reactions. MAOIs should be discontinued for a specific period before starting ketamine infusion therapy.
2. **Benzodiazepines:** These medications are used to treat anxiety and may interact with ketamine, potentially affecting its effectiveness.
3. **Opioids:** Opioid medications can interact with ketamine and may impact respiratory function. Dosages may need to be adjusted during ketamine infusion therapy.
4. **Other NMDA Receptor Antagonists:** Ketamine is an NMDA receptor antagonist, and using other medications with similar mechanisms of action concurrently can increase the risk of adverse effects.

It’s essential to follow your healthcare provider’s recommendations regarding medication management during ketamine infusion therapy. They will evaluate your medical history, current medications, and individual treatment goals to determine the most appropriate approach for you.

Never discontinue or adjust your medications without consulting your healthcare provider. Abruptly stopping certain medications can lead to withdrawal symptoms or worsen your condition. Always seek professional medical advice and guidance when considering changes to your medication regimen.
""",
    ),
    InitialArticle(
        key="lifestyle-during-treatment",
        topic=SESSIONS,
        question="Should I change anything in my daily life during treatment?",
        summary="Keep to your treatment plan and your medicines, avoid alcohol and recreational drugs, watch your caffeine, eat well, drink water, sleep regularly, and do not drive on the day of an infusion.",
        body="""\
During the ketamine infusion treatment period, there are some lifestyle changes and precautions that you may want to consider to optimize the effectiveness and safety of the therapy. Here are some general recommendations:

1. **Follow Treatment Plan:** Stick to the treatment plan prescribed by your healthcare provider. Attend all scheduled infusion sessions and follow their recommendations regarding the frequency and duration of treatment.
2. **Avoid Alcohol and Recreational Drugs:** Alcohol and recreational drugs, especially those that act on the central nervous system, can interact with ketamine and may interfere with the treatment’s effectiveness. It’s best to avoid them during the treatment period.
3. **Medication Adherence:** Continue taking any medications prescribed by your healthcare provider unless instructed otherwise. Do not adjust or stop medications without consulting them first.
4. **Caffeine Intake:** While moderate caffeine intake is generally safe, excessive consumption may interfere with sleep and potentially affect your response to ketamine. Be mindful of your caffeine intake, especially in the hours leading up to an infusion.
5. **Dietary Considerations:** Maintain a balanced and nutritious diet to support your overall well-being during treatment.
6. **Hydration:** Drink plenty of water and stay hydrated, especially on infusion days.
7. **Prioritize Sleep:** Adequate sleep is essential for your mental and physical health. Aim for a regular sleep schedule and create a relaxing bedtime routine to improve sleep quality.
8. **Mindfulness and Relaxation:** Practicing mindfulness and relaxation techniques can help manage stress and anxiety, complementing the benefits of ketamine infusion therapy.
9. **Physical Activity:** Engage in regular physical activity if your healthcare provider approves. Exercise can promote overall well-being and mental health.
10. **Support System:** Build a strong support system of friends, family, or support groups. Talking to others about your experiences and feelings can be helpful during treatment.
11. **Communicate with Your Healthcare Provider:** Keep an open line of communication with your healthcare provider. Inform them about any changes in your condition, emotions, or side effects experienced during the treatment.
12. **Driving and Operating Machinery:** After an infusion, it’s common to feel drowsy or disoriented. Avoid driving or operating heavy machinery on the day of an infusion even if you feel fully capable.

Remember that each individual’s response to ketamine infusion therapy can vary, and lifestyle adjustments may differ based on your specific needs and medical history. Always consult with your healthcare provider if you have any questions or concerns during the treatment period. They can provide personalized advice and guidance to ensure a safe and effective experience with ketamine infusion therapy.
""",
    ),
    InitialArticle(
        key="pregnancy-and-breastfeeding",
        topic=SAFETY,
        question="Can I have ketamine infusions if I am pregnant or breastfeeding?",
        summary="Ketamine is not recommended during pregnancy and is generally discouraged while breastfeeding. Talk to your healthcare provider about the risks and about safer alternatives.",
        body="""\
**Pregnant Women:** Ketamine is classified as a pregnancy category C medication by the U.S. Food and Drug Administration (FDA), which means that animal studies have shown potential adverse effects on the fetus, but there are no adequate and well-controlled studies in pregnant women. Therefore, the use of ketamine during pregnancy is not recommended.

**Breastfeeding Women:** Ketamine is excreted into breast milk, and there is a risk of transferring the drug to the nursing infant. The long-term effects of ketamine exposure on breastfeeding infants are not well understood, and its use during breastfeeding is generally discouraged. Breastfeeding women can potentially discard their breast milk after a treatment in order to access ketamine therapy, but only in close consultation with their physician.

If you are pregnant or breastfeeding and considering ketamine infusion therapy, it is crucial to discuss the potential risks and benefits with your healthcare provider. They can help you make an informed decision based on your specific medical history, the condition being treated, and the available evidence.

In most cases, healthcare providers will explore alternative treatment options that are better studied and considered safer during pregnancy and breastfeeding. If you are experiencing psychiatric or pain-related issues during pregnancy or while breastfeeding, it’s essential to work closely with your healthcare provider to find the most appropriate and safe treatment approach for you and your baby.
""",
    ),
)

KEYS = tuple(article.key for article in ARTICLES)
